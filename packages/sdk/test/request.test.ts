import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components, operations } from '../src/generated/sporthub.js';
import type { Outlet, OutletPage, Page, SportHub } from '../src/index.js';
import { buildPath, type RequestInitFor, type ResponseDataOf } from '../src/request.js';

describe('buildPath', () => {
  it('fills and encodes path parameters, including before a custom method', () => {
    expect(buildPath('/v1/outlets/{outletId}', { outletId: 'out_1' })).toBe('/v1/outlets/out_1');
    expect(buildPath('/v1/members/{memberId}:erase', { memberId: 'a/b c' })).toBe(
      '/v1/members/a%2Fb%20c:erase',
    );
  });

  it('serializes the query: skips undefined, repeats arrays, keeps order', () => {
    expect(buildPath('/v1/outlets', undefined, { status: 'active', cursor: undefined, limit: 10 })).toBe(
      '/v1/outlets?status=active&limit=10',
    );
    expect(buildPath('/v1/events', undefined, { types: ['a', 'b'], force: false })).toBe(
      '/v1/events?types=a&types=b&force=false',
    );
    expect(buildPath('/v1/outlets/{outletId}', { outletId: 'x' }, { district: '浦东新区' })).toBe(
      '/v1/outlets/x?district=%E6%B5%A6%E4%B8%9C%E6%96%B0%E5%8C%BA',
    );
  });

  it('refuses a missing path parameter', () => {
    expect(() => buildPath('/v1/outlets/{outletId}', {})).toThrow(/outletId/);
  });
});

describe('types derived from the contract', () => {
  it('types hub.request from paths', () => {
    expectTypeOf<ResponseDataOf<operations['listOutlets']>>().toEqualTypeOf<OutletPage>();
    expectTypeOf<ResponseDataOf<operations['getOutlet']>>().toEqualTypeOf<Outlet>();
    expectTypeOf<ResponseDataOf<operations['deleteOutlet']>>().toEqualTypeOf<undefined>();
    expectTypeOf<RequestInitFor<operations['createOutlet']>['body']>().toEqualTypeOf<
      components['schemas']['OutletCreate']
    >();
    expectTypeOf<OutletPage>().toEqualTypeOf<Page<Outlet>>();

    const typed = (hub: SportHub) => {
      void hub.request('GET', '/v1/outlets/{outletId}', { params: { path: { outletId: 'x' } } });
      void hub.request('GET', '/v1/outlets');
      // @ts-expect-error the path parameter is required
      void hub.request('GET', '/v1/outlets/{outletId}');
      // @ts-expect-error the body is required
      void hub.request('POST', '/v1/outlets', {});
      // @ts-expect-error there is no PUT /v1/outlets
      void hub.request('PUT', '/v1/outlets');
      // @ts-expect-error unknown query parameter value
      void hub.request('GET', '/v1/outlets', { params: { query: { status: 'open' } } });
    };
    expect(typed).toBeTypeOf('function');
  });
});
