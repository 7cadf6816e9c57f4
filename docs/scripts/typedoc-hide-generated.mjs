// A TypeDoc plugin: leaves the SDK's generated contract types (`components`, `operations`, `paths`,
// 10,000 lines restating openapi/) out of the SDK reference. The API reference (docs/reference/api.html)
// documents them; rendering them again would add 3 MB of Markdown that says the same thing.
import { Converter } from 'typedoc';

const GENERATED = ['components', 'operations', 'paths'];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const name of GENERATED) {
      const reflection = context.project.getChildByName(name);
      if (reflection) context.project.removeReflection(reflection);
    }
  });
}
