/**
 * Generated from openapi/sporthub.yaml by `pnpm generate`. Do not edit by hand.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process runs. Needs no token.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database answers and migrations are applied, else 503. Needs no token.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{tokenId}:revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List outlets
         * @description Outlets of the organization, ordered by id. Filter by status or district.
         */
        get: operations["listOutlets"];
        put?: never;
        /**
         * Create an outlet
         * @description Creates an outlet with its zones. A taken `code` answers 409.
         */
        post: operations["createOutlet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlets:batchUpsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update many outlets
         * @description Upserts up to 5,000 outlets matched on `code`. All-or-nothing by default (an invalid item answers
         *     422 with `results`); `?mode=partial` writes the valid ones.
         */
        post: operations["batchUpsertOutlets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlets/{outletId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Outlet id (`out_…`). */
                outletId: string;
            };
            cookie?: never;
        };
        /** Get an outlet */
        get: operations["getOutlet"];
        put?: never;
        post?: never;
        /**
         * Delete an outlet
         * @description Deletes an outlet and its zones. An outlet with future scheduled sessions answers 409 unless
         *     `force=true`, which cancels those sessions first.
         */
        delete: operations["deleteOutlet"];
        options?: never;
        head?: never;
        /**
         * Update an outlet
         * @description Partial update. Send `If-Match` to refuse a stale write.
         */
        patch: operations["updateOutlet"];
        trace?: never;
    };
    "/v1/outlets/{outletId}/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outlets/{outletId}/zones/{zoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs:batchUpsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{programId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff:batchUpsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions:batchUpsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}:cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{bookingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{bookingId}:cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members:batchUpsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{memberId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{memberId}/consents:revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{memberId}:erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{memberId}:personalData": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enrollments/{enrollmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation:batchUpsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation:export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/{participationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health-measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health-measurements/{measurementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/{feedbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/health-index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerId}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerId}/agreements/{agreementId}:revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}:test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}:rotateSecret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{deliveryId}:redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An RFC 9457 problem details object.
         * @example {
         *       "type": "https://sporthub.dev/problems/not_found",
         *       "title": "Not found",
         *       "status": 404,
         *       "detail": "No outlet with this id.",
         *       "code": "not_found",
         *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
         *     }
         */
        Problem: {
            /** @description A URI identifying the problem type. */
            type: string;
            /** @description Short summary of the problem type. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description Explanation specific to this occurrence. */
            detail?: string;
            /**
             * @description Stable machine-readable code: `validation_failed`, `unauthorized`, `forbidden`, `not_found`,
             *     `conflict`, `revision_mismatch`, `rate_limited`, `payload_too_large`, `idempotency_key_reused`,
             *     `idempotency_key_in_use`, `cursor_expired`, `unavailable`, `internal`.
             */
            code: string;
            /** @description The request id, also sent as `X-Request-Id`. */
            requestId: string;
            /** @description Field-level errors (validation problems). */
            errors?: components["schemas"]["FieldError"][];
            /** @description Per-item results of a rejected atomic batch upsert. */
            results?: components["schemas"]["BatchItemResult"][];
        };
        /**
         * @description One invalid field.
         * @example {
         *       "path": "/items/3/endsAt",
         *       "code": "ends_before_start",
         *       "message": "endsAt must be after startsAt"
         *     }
         */
        FieldError: {
            /** @description JSON Pointer (RFC 6901) to the field within the request body, or the query parameter name. */
            path: string;
            /** @description Stable machine-readable code, e.g. `required`, `too_small`, `invalid_enum`, `unknown_reference`. */
            code: string;
            /** @description Human-readable explanation. */
            message: string;
        };
        /**
         * @description The outcome of one item of a batch upsert.
         * @example {
         *       "index": 0,
         *       "status": "created",
         *       "id": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
         *     }
         */
        BatchItemResult: {
            /** @description Zero-based position of the item in the request. */
            index: number;
            /**
             * @description What happened to the item.
             * @enum {string}
             */
            status: "created" | "updated" | "unchanged" | "rejected";
            /** @description The id of the created, updated or unchanged record. */
            id?: string;
            /** @description Why the item was rejected. */
            errors?: components["schemas"]["FieldError"][];
        };
        /**
         * @description Counts per item status.
         * @example {
         *       "created": 2,
         *       "updated": 1,
         *       "unchanged": 0,
         *       "rejected": 0
         *     }
         */
        BatchSummary: {
            created: number;
            updated: number;
            unchanged: number;
            rejected: number;
        };
        /**
         * @description The result of a `:batchUpsert`, in request order.
         * @example {
         *       "results": [
         *         {
         *           "index": 0,
         *           "status": "created",
         *           "id": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
         *         },
         *         {
         *           "index": 1,
         *           "status": "unchanged",
         *           "id": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q"
         *         }
         *       ],
         *       "summary": {
         *         "created": 1,
         *         "updated": 0,
         *         "unchanged": 1,
         *         "rejected": 0
         *       }
         *     }
         */
        BatchUpsertResult: {
            results: components["schemas"]["BatchItemResult"][];
            summary: components["schemas"]["BatchSummary"];
        };
        /**
         * @description Liveness or readiness.
         * @example {
         *       "status": "ok",
         *       "version": "0.1.0"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            /** @description The server's version. */
            version?: string;
            /** @description Per-dependency status (readiness only). */
            checks?: {
                [key: string]: string;
            };
        };
        /**
         * @description Postal address of an outlet.
         * @example {
         *       "province": "上海市",
         *       "city": "上海市",
         *       "district": "浦东新区",
         *       "street": "世纪大道211号"
         *     }
         */
        Address: {
            /** @description Province or municipality, e.g. 上海市. */
            province?: string;
            /** @description City, e.g. 上海市. */
            city?: string;
            /** @description District, e.g. 浦东新区. Reports and exports can filter by it. */
            district?: string;
            /** @description Street and number, e.g. 世纪大道211号. */
            street?: string;
        };
        /**
         * @description WGS-84 coordinates.
         * @example {
         *       "lat": 31.2353,
         *       "lng": 121.5068
         *     }
         */
        Geo: {
            /** @description Latitude in degrees. */
            lat: number;
            /** @description Longitude in degrees. */
            lng: number;
        };
        /**
         * @description Opening hours per weekday, each a list of `HH:MM-HH:MM` ranges in the outlet's time zone. A missing day is closed.
         * @example {
         *       "mon": [
         *         "09:00-21:00"
         *       ],
         *       "sat": [
         *         "08:00-12:00",
         *         "14:00-18:00"
         *       ]
         *     }
         */
        OpeningHours: {
            mon?: components["schemas"]["TimeRanges"];
            tue?: components["schemas"]["TimeRanges"];
            wed?: components["schemas"]["TimeRanges"];
            thu?: components["schemas"]["TimeRanges"];
            fri?: components["schemas"]["TimeRanges"];
            sat?: components["schemas"]["TimeRanges"];
            sun?: components["schemas"]["TimeRanges"];
        };
        /**
         * @description An area inside an outlet (experience, training, health check…).
         * @example {
         *       "id": "zon_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "code": "EXP",
         *       "name": "体验区",
         *       "kind": "experience",
         *       "capacity": 20,
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-01T08:00:00+08:00",
         *       "revision": 1
         *     }
         */
        Zone: {
            /** @description Zone id. */
            id: string;
            /** @description The outlet it belongs to. */
            outletId: string;
            /** @description Code, unique within its outlet. */
            code: string;
            /** @description Display name. */
            name: string;
            kind: components["schemas"]["ZoneKind"];
            /** @description How many people the zone holds; null when not set. */
            capacity: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change. */
            revision: number;
        };
        /**
         * @description A zone as written, matched by `code` within its outlet.
         * @example {
         *       "code": "EXP",
         *       "name": "体验区",
         *       "kind": "experience",
         *       "capacity": 20
         *     }
         */
        ZoneInput: {
            /** @description Code, unique within its outlet. */
            code: string;
            name: string;
            kind: components["schemas"]["ZoneKind"];
            /** @description How many people the zone holds. */
            capacity?: number | null;
        };
        /**
         * @description A sports outlet acting as a neighbourhood health hub.
         * @example {
         *       "id": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "code": "SH-PD-0001",
         *       "name": "浦东世纪大道体育服务点",
         *       "status": "active",
         *       "timezone": "Asia/Shanghai",
         *       "address": {
         *         "province": "上海市",
         *         "city": "上海市",
         *         "district": "浦东新区",
         *         "street": "世纪大道211号"
         *       },
         *       "geo": {
         *         "lat": 31.2353,
         *         "lng": 121.5068
         *       },
         *       "services": [
         *         "consultation",
         *         "training_registration",
         *         "health_check",
         *         "community_activity"
         *       ],
         *       "openingHours": {
         *         "mon": [
         *           "09:00-21:00"
         *         ],
         *         "sat": [
         *           "08:00-18:00"
         *         ]
         *       },
         *       "zones": [
         *         {
         *           "id": "zon_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
         *           "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "code": "EXP",
         *           "name": "体验区",
         *           "kind": "experience",
         *           "capacity": 20,
         *           "createdAt": "2026-09-01T08:00:00+08:00",
         *           "updatedAt": "2026-09-01T08:00:00+08:00",
         *           "revision": 1
         *         }
         *       ],
         *       "partnerIds": [],
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-03T10:15:00+08:00",
         *       "revision": 2
         *     }
         */
        Outlet: {
            /** @description Outlet id. */
            id: string;
            /** @description Natural key, unique per organization, e.g. `SH-PD-0001`. */
            code: string;
            /** @description Display name. */
            name: string;
            status: components["schemas"]["OutletStatus"];
            /** @description IANA time zone; local schedule times are interpreted in it. */
            timezone: string;
            address: components["schemas"]["Address"] | null;
            geo: components["schemas"]["Geo"] | null;
            services: components["schemas"]["OutletService"][];
            openingHours: components["schemas"]["OpeningHours"];
            /** @description The outlet's zones, ordered by code. */
            zones: components["schemas"]["Zone"][];
            /** @description Partners linked to this outlet. */
            partnerIds: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description An outlet to create (or, in a batch, to upsert by `code`). Only `code` and `name` are required.
         * @example {
         *       "code": "SH-PD-0001",
         *       "name": "浦东世纪大道体育服务点",
         *       "address": {
         *         "province": "上海市",
         *         "city": "上海市",
         *         "district": "浦东新区",
         *         "street": "世纪大道211号"
         *       },
         *       "geo": {
         *         "lat": 31.2353,
         *         "lng": 121.5068
         *       },
         *       "services": [
         *         "consultation",
         *         "health_check"
         *       ],
         *       "zones": [
         *         {
         *           "code": "EXP",
         *           "name": "体验区",
         *           "kind": "experience",
         *           "capacity": 20
         *         }
         *       ]
         *     }
         */
        OutletCreate: {
            /** @description Natural key, unique per organization. */
            code: string;
            name: string;
            /** @default active */
            status?: components["schemas"]["OutletStatus"];
            /**
             * @description IANA time zone.
             * @default Asia/Shanghai
             */
            timezone?: string;
            address?: components["schemas"]["Address"];
            geo?: components["schemas"]["Geo"];
            services?: components["schemas"]["OutletService"][];
            openingHours?: components["schemas"]["OpeningHours"];
            /** @description The complete set of zones, matched by code. Zones not listed are removed. */
            zones?: components["schemas"]["ZoneInput"][];
            partnerIds?: string[];
        };
        /**
         * @description A partial update (JSON merge semantics for top-level fields). `zones`, when sent, is the complete set.
         * @example {
         *       "status": "suspended"
         *     }
         * @example {
         *       "name": "浦东世纪大道体育服务点（二期）",
         *       "openingHours": {
         *         "sun": [
         *           "08:00-18:00"
         *         ]
         *       }
         *     }
         */
        OutletUpdate: {
            code?: string;
            name?: string;
            status?: components["schemas"]["OutletStatus"];
            timezone?: string;
            address?: components["schemas"]["Address"] | null;
            geo?: components["schemas"]["Geo"] | null;
            services?: components["schemas"]["OutletService"][];
            openingHours?: components["schemas"]["OpeningHours"];
            zones?: components["schemas"]["ZoneInput"][];
            partnerIds?: string[];
        };
        /**
         * @description One page of outlets, ordered by id.
         * @example {
         *       "data": [],
         *       "nextCursor": null
         *     }
         */
        OutletPage: {
            data: components["schemas"]["Outlet"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description Up to 5,000 outlets, matched on `code`.
         * @example {
         *       "items": [
         *         {
         *           "code": "SH-PD-0001",
         *           "name": "浦东世纪大道体育服务点"
         *         },
         *         {
         *           "code": "SH-XH-0002",
         *           "name": "徐汇滨江体育服务点",
         *           "address": {
         *             "district": "徐汇区"
         *           }
         *         }
         *       ]
         *     }
         */
        OutletBatchUpsert: {
            items: components["schemas"]["OutletCreate"][];
        };
        /**
         * @description Lifecycle status.
         * @enum {string}
         */
        OutletStatus: "planned" | "active" | "suspended" | "closed";
        /** @enum {string} */
        OutletService: "consultation" | "equipment_showcase" | "training_registration" | "health_check" | "community_activity";
        /**
         * @description Time ranges `HH:MM-HH:MM` (24 h).
         * @example [
         *       "09:00-21:00"
         *     ]
         */
        TimeRanges: string[];
        /**
         * @description What the zone is used for.
         * @enum {string}
         */
        ZoneKind: "experience" | "demonstration" | "interaction" | "training" | "health_check" | "retail";
    };
    responses: {
        /** @description The request is invalid (`validation_failed`), or an Idempotency-Key was reused with another body (`idempotency_key_reused`). */
        ValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://sporthub.dev/problems/validation_failed",
                 *       "title": "Validation failed",
                 *       "status": 422,
                 *       "detail": "1 field is invalid.",
                 *       "code": "validation_failed",
                 *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "errors": [
                 *         {
                 *           "path": "/code",
                 *           "code": "too_small",
                 *           "message": "must not be empty"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Missing, unknown, expired or revoked token (`unauthorized`). */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://sporthub.dev/problems/unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "The bearer token is missing, unknown, expired or revoked.",
                 *       "code": "unauthorized",
                 *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The token lacks the scope this operation needs (`forbidden`). */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://sporthub.dev/problems/forbidden",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "This operation needs the scope outlets:write.",
                 *       "code": "forbidden",
                 *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource in this organization (`not_found`); malformed ids answer this too. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://sporthub.dev/problems/not_found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "No outlet with this id.",
                 *       "code": "not_found",
                 *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A unique natural key is taken (`conflict`), or the same Idempotency-Key is still being processed (`idempotency_key_in_use`). */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://sporthub.dev/problems/conflict",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "An outlet with code SH-PD-0001 already exists.",
                 *       "code": "conflict",
                 *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The If-Match revision is stale (`revision_mismatch`). */
        PreconditionFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://sporthub.dev/problems/revision_mismatch",
                 *       "title": "Revision mismatch",
                 *       "status": 412,
                 *       "detail": "The resource is at revision 8, If-Match said 7.",
                 *       "code": "revision_mismatch",
                 *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is over the limit (10 MB on batch routes, 1 MB elsewhere) (`payload_too_large`). */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://sporthub.dev/problems/payload_too_large",
                 *       "title": "Payload too large",
                 *       "status": 413,
                 *       "detail": "The body is over 1048576 bytes.",
                 *       "code": "payload_too_large",
                 *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limited (`rate_limited`); wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://sporthub.dev/problems/rate_limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Rate limit of 600 requests per minute exceeded; retry in 12 s.",
                 *       "code": "rate_limited",
                 *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Maintenance or overload (`unavailable`); wait `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://sporthub.dev/problems/unavailable",
                 *       "title": "Service unavailable",
                 *       "status": 503,
                 *       "detail": "The server is in maintenance; retry in 30 s.",
                 *       "code": "unavailable",
                 *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Page size, 1–500 (default 50). */
        Limit: number;
        /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
        Cursor: string;
        /**
         * @description Makes a POST or PATCH safe to retry. Scoped to organization + method + path: the same key with
         *     the same body replays the stored response for 24 h; a different body answers 422
         *     `idempotency_key_reused`; while the first request is still running, 409 `idempotency_key_in_use`.
         * @example 5f0c1b9e-4a8e-4c55-9d1f-1f0b8f0e7a21
         */
        IdempotencyKey: string;
        /**
         * @description The revision the client last saw, as a quoted ETag (`"7"`). A stale value answers 412 `revision_mismatch`.
         * @example "7"
         */
        IfMatch: string;
        /** @description A client-chosen request id, echoed in `X-Request-Id` and in problem bodies. */
        RequestId: string;
        /** @description `atomic` (default): any invalid item rejects the whole batch with 422. `partial`: the valid items are written. */
        BatchMode: "atomic" | "partial";
    };
    requestBodies: never;
    headers: {
        /** @description The request id (the client's `X-Request-Id` if it sent one). */
        "X-Request-Id": string;
        /** @description The revision of the returned resource as a quoted ETag, e.g. `"7"`. */
        ETag: string;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description `Bearer` challenge on 401. */
        "WWW-Authenticate": string;
        /** @description Requests allowed per window for this token on this instance. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window resets. */
        "RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not ready (database unreachable or draining). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    listOutlets: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["schemas"]["OutletStatus"];
                /** @description Exact district name, e.g. 浦东新区. */
                district?: string;
                /** @description Exact outlet code. */
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of outlets. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOutlet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a POST or PATCH safe to retry. Scoped to organization + method + path: the same key with
                 *     the same body replays the stored response for 24 h; a different body answers 422
                 *     `idempotency_key_reused`; while the first request is still running, 409 `idempotency_key_in_use`.
                 * @example 5f0c1b9e-4a8e-4c55-9d1f-1f0b8f0e7a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutletCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outlet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    batchUpsertOutlets: {
        parameters: {
            query?: {
                /** @description `atomic` (default): any invalid item rejects the whole batch with 422. `partial`: the valid items are written. */
                mode?: components["parameters"]["BatchMode"];
            };
            header?: {
                /**
                 * @description Makes a POST or PATCH safe to retry. Scoped to organization + method + path: the same key with
                 *     the same body replays the stored response for 24 h; a different body answers 422
                 *     `idempotency_key_reused`; while the first request is still running, 409 `idempotency_key_in_use`.
                 * @example 5f0c1b9e-4a8e-4c55-9d1f-1f0b8f0e7a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutletBatchUpsert"];
            };
        };
        responses: {
            /** @description Per-item results in request order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchUpsertResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getOutlet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Outlet id (`out_…`). */
                outletId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outlet. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outlet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteOutlet: {
        parameters: {
            query?: {
                /** @description Cancel future sessions and delete anyway. */
                force?: boolean;
            };
            header?: {
                /**
                 * @description The revision the client last saw, as a quoted ETag (`"7"`). A stale value answers 412 `revision_mismatch`.
                 * @example "7"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Outlet id (`out_…`). */
                outletId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
        };
    };
    updateOutlet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The revision the client last saw, as a quoted ETag (`"7"`). A stale value answers 412 `revision_mismatch`.
                 * @example "7"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a POST or PATCH safe to retry. Scoped to organization + method + path: the same key with
                 *     the same body replays the stored response for 24 h; a different body answers 422
                 *     `idempotency_key_reused`; while the first request is still running, 409 `idempotency_key_in_use`.
                 * @example 5f0c1b9e-4a8e-4c55-9d1f-1f0b8f0e7a21
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Outlet id (`out_…`). */
                outletId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutletUpdate"];
            };
        };
        responses: {
            /** @description The updated outlet. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outlet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            422: components["responses"]["ValidationFailed"];
        };
    };
}
