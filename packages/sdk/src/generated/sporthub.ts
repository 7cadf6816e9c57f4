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
        /**
         * Who am I
         * @description The organization and token this request authenticated as. Any valid token may call it.
         */
        get: operations["getMe"];
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
        /**
         * List API tokens
         * @description Tokens of the organization, revoked and expired ones included, ordered by id. Values are never returned.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token
         * @description Creates a token of the calling organization. The value (`shk_` + 43 base64url characters) is in
         *     `token` of this response only; the server keeps just a hash of it. Recorded in the audit log
         *     (`token_change`).
         */
        post: operations["createToken"];
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
            path: {
                /** @description Token id (`tok_…`). */
                tokenId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API token
         * @description Revokes a token at once; requests with it answer 401 from then on. Revoking an already revoked
         *     token answers 200 with the unchanged record. A token may revoke itself.
         */
        post: operations["revokeToken"];
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
            path: {
                /** @description Outlet id (`out_…`). */
                outletId: string;
            };
            cookie?: never;
        };
        /**
         * List an outlet's zones
         * @description The zones of one outlet, ordered by code. An unknown outlet answers 404.
         */
        get: operations["listZones"];
        put?: never;
        /**
         * Add a zone to an outlet
         * @description Creates one zone in the outlet. A `code` already used in this outlet answers 409. The outlet's
         *     revision is incremented too (its `zones` changed).
         */
        post: operations["createZone"];
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
            path: {
                /** @description Outlet id (`out_…`). */
                outletId: string;
                /** @description Zone id (`zon_…`). A zone of another outlet answers 404. */
                zoneId: string;
            };
            cookie?: never;
        };
        /** Get a zone */
        get: operations["getZone"];
        put?: never;
        post?: never;
        /**
         * Delete a zone
         * @description Deletes a zone. A zone used by a future scheduled session answers 409 (move those sessions first);
         *     past sessions keep their `zoneId`. The outlet's revision is incremented too.
         */
        delete: operations["deleteZone"];
        options?: never;
        head?: never;
        /**
         * Update a zone
         * @description Partial update. `If-Match` carries the zone's revision (its ETag). The outlet's revision is
         *     incremented too.
         */
        patch: operations["updateZone"];
        trace?: never;
    };
    "/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List programs
         * @description Programs of the organization, ordered by id. Filters combine with AND.
         */
        get: operations["listPrograms"];
        put?: never;
        /**
         * Create a program
         * @description Creates a program. A taken `code` answers 409.
         */
        post: operations["createProgram"];
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
        /**
         * Create or update many programs
         * @description Upserts up to 5,000 programs matched on `code`. All-or-nothing by default (an invalid item answers
         *     422 with `results`); `?mode=partial` writes the valid ones. An item equal to the stored program is
         *     `unchanged` and does not bump its revision.
         */
        post: operations["batchUpsertPrograms"];
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
            path: {
                /** @description Program id (`prg_…`). */
                programId: string;
            };
            cookie?: never;
        };
        /** Get a program */
        get: operations["getProgram"];
        put?: never;
        post?: never;
        /**
         * Delete a program
         * @description Deletes a program. A program that any session or enrollment refers to answers 409 (participation
         *     history keeps pointing at it); cancel or move those first.
         */
        delete: operations["deleteProgram"];
        options?: never;
        head?: never;
        /**
         * Update a program
         * @description Partial update; null clears a nullable field. Send `If-Match` to refuse a stale write.
         */
        patch: operations["updateProgram"];
        trace?: never;
    };
    "/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List staff
         * @description Staff of the organization, ordered by id. Filters combine with AND.
         */
        get: operations["listStaff"];
        put?: never;
        /**
         * Create a staff member
         * @description Creates a staff member. A taken `externalId` answers 409; an unknown outlet id in `outletIds` answers 422.
         */
        post: operations["createStaff"];
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
        /**
         * Create or update many staff members
         * @description Upserts up to 5,000 staff members matched on `externalId`. All-or-nothing by default (an invalid
         *     item answers 422 with `results`); `?mode=partial` writes the valid ones. An item equal to the stored
         *     record is `unchanged` and does not bump its revision.
         */
        post: operations["batchUpsertStaff"];
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
            path: {
                /** @description Staff id (`stf_…`). */
                staffId: string;
            };
            cookie?: never;
        };
        /** Get a staff member */
        get: operations["getStaff"];
        put?: never;
        post?: never;
        /**
         * Delete a staff member
         * @description Deletes a staff member. One who is the coach of a future scheduled session answers 409 (reassign
         *     those sessions first); past sessions keep their `coachId`.
         */
        delete: operations["deleteStaff"];
        options?: never;
        head?: never;
        /**
         * Update a staff member
         * @description Partial update; arrays replace the whole list, null clears `phone`. Send `If-Match` to refuse a stale write.
         */
        patch: operations["updateStaff"];
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description Sessions of the organization, ordered by `startsAt`, then id. `from` and `to` select on `startsAt`
         *     over the half-open interval `[from, to)`.
         */
        get: operations["listSessions"];
        put?: never;
        /**
         * Create a session
         * @description Schedules a session. A taken `externalId` answers 409. An unknown outlet, program, coach or zone (or a
         *     zone of another outlet) answers 422 with `unknown_reference` on the field; `endsAt` not after
         *     `startsAt` answers 422 `ends_before_start`.
         */
        post: operations["createSession"];
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
        /**
         * Create or update many sessions
         * @description Upserts up to 5,000 sessions matched on `externalId` (an item without one is rejected with
         *     `required`). Items reference outlets, programs, coaches and zones by id. A matched session is
         *     replaced by the item: optional fields left out return to their defaults. Capacity below the bookings
         *     already held is rejected (`capacity_below_bookings`); an item with `status: cancelled` cancels the
         *     session's bookings. All-or-nothing by default (an invalid item answers 422 with `results`);
         *     `?mode=partial` writes the valid ones.
         */
        post: operations["batchUpsertSessions"];
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
            path: {
                /** @description Session id (`ses_…`). */
                sessionId: string;
            };
            cookie?: never;
        };
        /** Get a session */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /**
         * Delete a session
         * @description Deletes a session scheduled by mistake. A session that has bookings other than cancelled ones, or
         *     participation records, answers 409 `conflict`: cancel it instead (`:cancel`).
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        /**
         * Update a session
         * @description Partial update. Send `If-Match` to refuse a stale write. Capacity below `bookedCount` answers 422
         *     `capacity_below_bookings`; raising capacity promotes waitlisted bookings in order.
         */
        patch: operations["updateSession"];
        trace?: never;
    };
    "/v1/sessions/{sessionId}:cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session id (`ses_…`). */
                sessionId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a session
         * @description Sets `status` to `cancelled` and cancels every `booked` and `waitlisted` booking of the session
         *     (each gets `cancelledAt`), in one transaction. Cancelling a cancelled session is a no-op that
         *     answers 200; a `completed` session answers 409 `conflict`.
         */
        post: operations["cancelSession"];
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
        /**
         * List bookings
         * @description Bookings of the organization, ordered by id (creation order). Filter by session, member or status.
         */
        get: operations["listBookings"];
        put?: never;
        /**
         * Book a member into a session
         * @description Takes a place when `bookedCount < capacity` (status `booked`), else a waitlist place when
         *     `waitlistedCount < waitlistCapacity` (status `waitlisted`, `position` = last + 1). Capacity is
         *     enforced under concurrency. Answers 409 `conflict` when the member already holds a booking in the
         *     session that is not cancelled; 422 `session_full` when places and waitlist are taken, 422
         *     `session_not_bookable` when the session is cancelled or completed, and 422 with `unknown_reference`
         *     on `/sessionId` or `/memberId` when either does not exist.
         */
        post: operations["createBooking"];
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
            path: {
                /** @description Booking id (`bkg_…`). */
                bookingId: string;
            };
            cookie?: never;
        };
        /** Get a booking */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mark a booking attended or no-show
         * @description Records the outcome of a booked place. Only a `booked`, `attended` or `no_show` booking can be
         *     marked (a correction is allowed); a `waitlisted` or `cancelled` one answers 409 `conflict`. This does
         *     not create a participation record (`POST /v1/participation` does).
         */
        patch: operations["updateBooking"];
        trace?: never;
    };
    "/v1/bookings/{bookingId}:cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Booking id (`bkg_…`). */
                bookingId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking
         * @description Sets `status` to `cancelled` (with `cancelledAt`, `position` null). Cancelling a `booked` place
         *     promotes the first waitlisted booking to `booked`; cancelling a waitlisted one moves those behind it
         *     up, so positions stay 1..n. Both happen in the same transaction. Cancelling a cancelled booking is a
         *     no-op that answers 200; an `attended` or `no_show` booking answers 409 `conflict`.
         */
        post: operations["cancelBooking"];
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
        /**
         * List members
         * @description Members of the organization, ordered by id (erased members included, with `erasedAt` set).
         */
        get: operations["listMembers"];
        put?: never;
        /**
         * Create a member
         * @description Creates a member. A taken `externalId` answers 409. `ageGroup` is derived by the server.
         */
        post: operations["createMember"];
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
        /**
         * Create or update many members
         * @description Upserts up to 5,000 members matched on `externalId`; an item without `externalId` is rejected
         *     (`required`), so re-running an import never duplicates. Fields an item omits keep their stored
         *     value on update. An item matching an erased member is rejected (`member_erased`). All-or-nothing
         *     by default (an invalid item answers 422 with `results`); `?mode=partial` writes the valid ones.
         */
        post: operations["batchUpsertMembers"];
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
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        /** Get a member */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a member
         * @description Partial update; null clears a field. Send `If-Match` to refuse a stale write. An erased member
         *     answers 409 (`member_erased`); a taken `externalId` answers 409 (`conflict`).
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/v1/members/{memberId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        /**
         * List a member's consents
         * @description Every consent recorded for the member, oldest first, revoked ones included unless `active=true`.
         */
        get: operations["listMemberConsents"];
        put?: never;
        /**
         * Record a consent
         * @description Records a consent naming a partner (or the platform, when `partnerId` is null or omitted) and a
         *     purpose (SPEC §6.7), and emits `consent.granted`. Consents are append-only. When the same
         *     partner and purpose already have an active consent, that consent is returned unchanged with 200.
         *     For a member under 14 or of unknown age (no `birthYear`), `grantedBy` must be `guardian` and the
         *     member must have a `guardian` contact, else 422 (`guardian_required`). An unknown partner answers
         *     422 (`unknown_reference`); an erased member answers 409 (`member_erased`).
         */
        post: operations["grantMemberConsent"];
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
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a consent
         * @description Revokes the active consent for this partner (the platform, when `partnerId` is null or omitted)
         *     and purpose: `revokedAt` is set, `consent.revoked` is emitted and every later share is refused.
         *     Shares already made are not undone. 404 when the member is unknown or has no such active consent.
         */
        post: operations["revokeMemberConsent"];
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
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a member's personal data
         * @description PIPL deletion (SPEC §6.7). Blanks the personal fields (`displayName` becomes the empty string;
         *     `externalId`, `birthYear`, `schoolGrade`, `gender`, `phone` and `guardian` become null), sets
         *     `erasedAt`, revokes every active consent, removes the member from its groups, cancels future
         *     bookings and deletes its health measurements and feedback comments. Aggregates are kept:
         *     participation records stay (pointing at the erased member) and `ageGroup` keeps its value.
         *     Writes an `erase` audit entry and emits `member.updated`. Idempotent: erasing an erased member
         *     answers 200 with it unchanged. No body.
         */
        post: operations["eraseMember"];
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
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        /**
         * Get everything held about a member
         * @description PIPL access request (SPEC §6.7): the member record, every consent (revoked too), group
         *     memberships, enrollments and the ids of every booking, participation record, health measurement
         *     and feedback held about the member. Each call writes an `access` audit entry.
         */
        get: operations["getMemberPersonalData"];
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
        /**
         * List groups
         * @description Groups of the organization, ordered by id.
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a group
         * @description Creates a group. A taken `code` answers 409; unknown member or partner ids answer 422 (`unknown_reference`).
         */
        post: operations["createGroup"];
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
            path: {
                /** @description Group id (`grp_…`). */
                groupId: string;
            };
            cookie?: never;
        };
        /** Get a group */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a group
         * @description Deletes the group (its members are not touched). Enrollments that named it keep existing with `groupId` null.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /**
         * Update a group
         * @description Partial update; `memberIds`, when sent, replaces the whole set. Send `If-Match` to refuse a stale write.
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/v1/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List enrollments
         * @description Enrollments of the organization, ordered by id.
         */
        get: operations["listEnrollments"];
        put?: never;
        /**
         * Enroll a member in a program
         * @description Creates an enrollment (status `active` unless given). A `referenceId` already used with the same
         *     `source` answers 409, so re-importing clinic referrals never duplicates. Unknown member, program
         *     or group ids answer 422 (`unknown_reference`); an erased member answers 409 (`member_erased`).
         */
        post: operations["createEnrollment"];
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
            path: {
                /** @description Enrollment id (`enr_…`). */
                enrollmentId: string;
            };
            cookie?: never;
        };
        /** Get an enrollment */
        get: operations["getEnrollment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an enrollment
         * @description Partial update (status, group, reference); the member and program cannot change. Send `If-Match` to refuse a stale write.
         */
        patch: operations["updateEnrollment"];
        trace?: never;
    };
    "/v1/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List participation records
         * @description Participation records of the organization, ordered by id (the order they were recorded in). Filters
         *     combine with AND. `from`/`to` select by the check-in's local date in the outlet's time zone, both
         *     inclusive.
         */
        get: operations["listParticipation"];
        put?: never;
        /**
         * Record a check-in
         * @description Records that a member took part in a session. A walk-in needs no booking; when the member holds a
         *     booking (`booked` or `waitlisted`) for the session, it becomes `attended`. The outlet is taken from
         *     the session. A second check-in of the same member to the same session, or a taken `externalId`,
         *     answers 409; an unknown session or member, or a cancelled session, answers 422. Emits
         *     `participation.recorded`.
         */
        post: operations["recordParticipation"];
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
        /**
         * Record or update many check-ins
         * @description Upserts up to 5,000 check-ins matched on `externalId` (an item without one is matched on
         *     `sessionId` + `memberId`), so re-running an import never duplicates. Bookings of the checked-in
         *     members become `attended`. All-or-nothing by default (an invalid item answers 422 with `results`);
         *     `?mode=partial` writes the valid ones.
         */
        post: operations["batchUpsertParticipation"];
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
        /**
         * Export participation (streaming)
         * @description Streams every matching participation record as `ParticipationExportRow`s (SPEC §6.3), ordered by
         *     participation id. The snapshot is fixed when the export starts: its watermark is sent as the
         *     `Sporthub-Watermark` header and rows committed later are not included (pass the watermark as
         *     `afterWatermark` next time to get only what changed since). The server reads in keyset pages, so
         *     memory stays flat and other requests interleave.
         *
         *     - `format=ndjson` (default): one JSON object per line (`\n`), then the trailer line
         *       `{"_trailer":{"count":N,"watermark":"…"}}` (`ParticipationExportTrailer`). A stream without the
         *       trailer was cut off and must be discarded.
         *     - `format=csv`: RFC 4180, UTF-8 without BOM, CRLF line ends, a header row with the column names,
         *       fields containing a comma, quote, CR or LF quoted with quotes doubled, null as an empty field. CSV
         *       has no trailer: a cut-off transfer shows as an incomplete chunked response.
         *
         *     With `partnerId`, that partner's data-sharing agreement is applied: it must be valid today and grant
         *     `participation:individual` (else 422); only members whose consent (`participation_sharing` for that
         *     partner, a guardian's for under-14s) holds when the export starts are included; `member_ref` is a
         *     pseudonym unless the agreement allows identifiers; columns the agreement does not cover are null.
         *     Every export with `partnerId` is written to the audit log.
         */
        get: operations["exportParticipation"];
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
            path: {
                /** @description Participation id (`par_…`). */
                participationId: string;
            };
            cookie?: never;
        };
        /** Get a participation record */
        get: operations["getParticipation"];
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
        /**
         * List health measurements
         * @description Health measurements of the organization, ordered by id. Filters combine with AND; `from`/`to` select by
         *     the local date of `measuredAt` in the outlet's time zone, both inclusive.
         */
        get: operations["listHealthMeasurements"];
        put?: never;
        /**
         * Record a health measurement
         * @description Records one measurement. `value` must be `{systolic, diastolic}` for `blood_pressure` and a number
         *     otherwise; `unit` is the type's UCUM unit (filled in when omitted, 422 when it differs). An unknown
         *     member or outlet answers 422.
         */
        post: operations["recordHealthMeasurement"];
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
            path: {
                /** @description Measurement id (`msr_…`). */
                measurementId: string;
            };
            cookie?: never;
        };
        /** Get a health measurement */
        get: operations["getHealthMeasurement"];
        put?: never;
        post?: never;
        /**
         * Delete a health measurement
         * @description Deletes a measurement recorded in error (measurements are immutable: delete and record again to
         *     correct one). Emits `health_measurement.deleted`; data already shared with a partner is not recalled.
         */
        delete: operations["deleteHealthMeasurement"];
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
        /**
         * List feedback
         * @description Feedback of the organization, ordered by id. Filters combine with AND.
         */
        get: operations["listFeedback"];
        put?: never;
        /**
         * Record feedback
         * @description Records a rating of a session (`sessionId`) or an outlet (`outletId`). An unknown session, outlet or
         *     member, or a session of another outlet than `outletId`, answers 422.
         */
        post: operations["createFeedback"];
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
            path: {
                /** @description Feedback id (`fbk_…`). */
                feedbackId: string;
            };
            cookie?: never;
        };
        /** Get feedback */
        get: operations["getFeedback"];
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
        /**
         * Get the community health-index report
         * @description Computes the health-index report of one outlet (`outletId`) or one district (`district`) for a quarter
         *     (`2026-Q3`) or a month (`2026-09`), with the previous period of the same length for comparison. Period
         *     dates are read in the outlet's time zone (`Asia/Shanghai` for a district). Exactly one of `outletId`
         *     and `district` is required (else 422); an unknown outlet answers 404; a district without outlets
         *     gives a report of zeros. Cells counting fewer than 5 people are suppressed (SPEC §6.7). Read from a
         *     replica when one is configured.
         */
        get: operations["getHealthIndexReport"];
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
        /**
         * List partners
         * @description Partners of the organization, ordered by id. Filter by kind or code.
         */
        get: operations["listPartners"];
        put?: never;
        /**
         * Create a partner
         * @description Creates a partner. A taken `code` answers 409; unknown `outletIds` answer 422.
         */
        post: operations["createPartner"];
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
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        /** Get a partner */
        get: operations["getPartner"];
        put?: never;
        post?: never;
        /**
         * Delete a partner
         * @description Deletes a partner. Its agreements are revoked, its webhook endpoints disabled and its consents
         *     kept for the audit trail. A partner with an agreement still in force answers 409 unless
         *     `force=true`.
         */
        delete: operations["deletePartner"];
        options?: never;
        head?: never;
        /**
         * Update a partner
         * @description Partial update. `outletIds` and `contacts`, when sent, replace the lists. Send `If-Match` to refuse a stale write.
         */
        patch: operations["updatePartner"];
        trace?: never;
    };
    "/v1/partners/{partnerId}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        /**
         * List a partner's data-sharing agreements
         * @description All agreements of the partner, revoked and expired ones included, ordered by id.
         */
        get: operations["listPartnerAgreements"];
        put?: never;
        /**
         * Create a data-sharing agreement
         * @description Adds an agreement for the partner. Agreements are never edited: to change one, revoke it and
         *     create another. Several agreements may be in force at once; their scopes add up. Recorded in the
         *     audit log (`agreement_change`).
         */
        post: operations["createPartnerAgreement"];
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
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
                /** @description Agreement id (`dsa_…`). */
                agreementId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a data-sharing agreement
         * @description Ends an agreement at once: nothing more is shared under it, and exports for the partner stop
         *     applying it. Revoking an already revoked agreement answers 200 with the unchanged record.
         *     Recorded in the audit log (`agreement_change`).
         */
        post: operations["revokePartnerAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerId}/shares/health-measurements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        /**
         * Share new health measurements with a partner
         * @description Returns the health measurements recorded after `after`, in commit order, for the partner to
         *     receive (a clinic's FHIR Observations, SPEC §6.5). Needs an agreement in force today with scope
         *     `health:observations` (else 422 `agreement_required`). Health data always needs a recorded
         *     `health_data_sharing` consent naming this partner, valid at the moment of the call (a guardian's
         *     for members under 14 or of unknown age, SPEC §6.7), whatever the agreement's `requiresConsent`;
         *     records of other members are counted in `withheld`, never returned. Members are identified by the
         *     partner's pseudonym unless the agreement sets `pseudonymize: false`. Every call is written to the
         *     audit log (`share`: partner, purpose, count, cursor range).
         */
        get: operations["shareHealthMeasurements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerId}/shares/referral-attendance": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        /**
         * Share attendance of referred members with the referring partner
         * @description Reports attendance back to a clinic (SPEC §6.5): participation recorded or changed after `after`,
         *     in commit order, of members enrolled by this partner's referrals (enrollments with source
         *     `referral` in the partner's `referral_cohort` group) at sessions of the referred program. Needs an
         *     agreement in force today with scope `participation:individual` and, checked at the moment of the
         *     call, the member's `participation_sharing` consent for this partner (a guardian's under 14; adults
         *     too unless the agreement does not require consent). Pseudonyms and audit as for health
         *     measurement shares.
         */
        get: operations["shareReferralAttendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerId}/shares/student-participation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        /**
         * Share per-student participation with a school
         * @description Per-student participation totals of the school's classes (groups of kind `school_class` with this
         *     partner) for PE reporting (SPEC §6.6). Needs an agreement in force today with scope
         *     `participation:individual`; only students whose `participation_sharing` consent for the school is
         *     valid now (a guardian's under 14 or of unknown age) are listed, the others are counted in
         *     `withheld`. Pseudonyms unless the agreement allows identifiers (then also the school's
         *     `sourcedId`). Every call is written to the audit log.
         */
        get: operations["shareStudentParticipation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{partnerId}/pseudonyms:resolve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve pseudonyms a partner sent back
         * @description Maps `psn_…` values this partner received (e.g. the patient of a clinic's referral) back to member
         *     ids, so a referral can be enrolled. Only this partner's pseudonyms match. Recorded in the audit log
         *     (`access`) with the number resolved.
         */
        post: operations["resolvePartnerPseudonyms"];
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
        /**
         * List webhook endpoints
         * @description Endpoints of the organization, ordered by id. Secrets are never returned.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Registers a URL for events. The server generates the signing secret (`whsec_<base64>`) and returns
         *     it in this response only. An endpoint with a `partnerId` only receives what that partner's
         *     agreements allow (pseudonymised member ids, consented members only).
         */
        post: operations["createWebhookEndpoint"];
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
            path: {
                /** @description Webhook endpoint id (`whe_…`). */
                endpointId: string;
            };
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint; pending retries are dropped. Its delivery history is deleted with it.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Partial update. Setting `status` to `enabled` resumes a disabled endpoint; events missed while disabled are not sent (read them from the change feed).
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook endpoint id (`whe_…`). */
                endpointId: string;
            };
            cookie?: never;
        };
        /**
         * List deliveries of an endpoint
         * @description Every delivery attempt to the endpoint, newest first. Filter by status or event.
         */
        get: operations["listWebhookDeliveries"];
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
            path: {
                /** @description Webhook endpoint id (`whe_…`). */
                endpointId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues a `webhook.test` event (data `{endpointId}`) to the endpoint, signed like any other, even
         *     when the endpoint is disabled. It is not in the change feed and is not retried.
         */
        post: operations["testWebhookEndpoint"];
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
            path: {
                /** @description Webhook endpoint id (`whe_…`). */
                endpointId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Generates a new secret. For the next 24 h deliveries carry two signatures (new and old) in
         *     `webhook-signature`, so receivers can switch without losing events; rotating again within that
         *     window drops the oldest secret. Increments the endpoint's revision.
         */
        post: operations["rotateWebhookSecret"];
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
            path: {
                /** @description Webhook delivery id (`whd_…`). */
                deliveryId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver an event
         * @description Queues one more attempt of the same event to the same endpoint (same `webhook-id`, fresh
         *     timestamp and signature), as a new delivery with the next `attempt` number. Works for any
         *     delivery, also on a disabled endpoint. Deliveries are kept as long as their events (30 days);
         *     an older one answers 404.
         */
        post: operations["redeliverWebhookDelivery"];
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
        /**
         * Read the change feed
         * @description Committed changes in commit order, after the event `after` (exclusive). Every write commits
         *     together with its event and the feed never skips a committed one, so a consumer that stores the
         *     last `nextCursor` and polls with it sees every change exactly once. Events are kept 30 days: an
         *     `after` older than that answers 410 `cursor_expired` (start over from a full sync). Omit `after`
         *     to start at the oldest retained event.
         */
        get: operations["listEvents"];
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
        /**
         * List audit entries
         * @description The append-only log of every share, export, import, erasure, access request, consent change,
         *     agreement change and token change, ordered by id (oldest first). `from` is inclusive, `to`
         *     exclusive.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    outlet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Outlet events
         * @description Sent to endpoints subscribed to `outlet.created`, `outlet.updated`, `outlet.deleted` (or `outlet.*`, `*`).
         *     `data` is the Outlet as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveOutletEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    zone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Zone events
         * @description Sent to endpoints subscribed to `zone.created`, `zone.updated`, `zone.deleted` (or `zone.*`, `*`).
         *     `data` is the Zone as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveZoneEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    program: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Program events
         * @description Sent to endpoints subscribed to `program.created`, `program.updated`, `program.deleted` (or `program.*`, `*`).
         *     `data` is the Program as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveProgramEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    staff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Staff events
         * @description Sent to endpoints subscribed to `staff.created`, `staff.updated`, `staff.deleted` (or `staff.*`, `*`).
         *     `data` is the Staff member as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveStaffEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Session events
         * @description Sent to endpoints subscribed to `session.created`, `session.updated`, `session.cancelled`, `session.deleted` (or `session.*`, `*`).
         *     `data` is the Session as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveSessionEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    member: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Member events
         * @description Sent to endpoints subscribed to `member.created`, `member.updated`, `member.erased`, `member.deleted` (or `member.*`, `*`).
         *     `data` is the Member (personal fields blanked for `member.erased` and `member.deleted`) as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveMemberEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    consent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Consent events
         * @description Sent to endpoints subscribed to `consent.granted`, `consent.revoked` (or `consent.*`, `*`).
         *     `data` is the Consent as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveConsentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    group: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Group events
         * @description Sent to endpoints subscribed to `group.created`, `group.updated`, `group.deleted` (or `group.*`, `*`).
         *     `data` is the Group as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveGroupEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    enrollment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrollment events
         * @description Sent to endpoints subscribed to `enrollment.created`, `enrollment.updated`, `enrollment.deleted` (or `enrollment.*`, `*`).
         *     `data` is the Enrollment as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveEnrollmentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    booking: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Booking events
         * @description Sent to endpoints subscribed to `booking.created`, `booking.updated`, `booking.cancelled`, `booking.promoted` (or `booking.*`, `*`).
         *     `data` is the Booking as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveBookingEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    participation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Participation events
         * @description Sent to endpoints subscribed to `participation.recorded`, `participation.updated`, `participation.deleted` (or `participation.*`, `*`).
         *     `data` is the Participation record as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveParticipationEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    health_measurement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Health measurement events
         * @description Sent to endpoints subscribed to `health_measurement.created`, `health_measurement.updated`, `health_measurement.deleted` (or `health_measurement.*`, `*`).
         *     `data` is the Health measurement as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveHealthMeasurementEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    feedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Feedback events
         * @description Sent to endpoints subscribed to `feedback.created`, `feedback.updated`, `feedback.deleted` (or `feedback.*`, `*`).
         *     `data` is the Feedback as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveFeedbackEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    partner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Partner events
         * @description Sent to endpoints subscribed to `partner.created`, `partner.updated`, `partner.deleted` (or `partner.*`, `*`).
         *     `data` is the Partner as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receivePartnerEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    agreement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Data-sharing agreement events
         * @description Sent to endpoints subscribed to `agreement.created`, `agreement.revoked` (or `agreement.*`, `*`).
         *     `data` is the DataSharingAgreement as the API returns it. Deliveries start within 5 s of the commit and are
         *     retried with exponential backoff for about a day while the answer is not 2xx.
         */
        post: operations["receiveAgreementEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    test: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test event
         * @description Sent by `testWebhookEndpoint` whatever the endpoint subscribes to: a `webhook.test` event with
         *     `data` `{endpointId}`, signed like any other. It is not in the change feed and is not retried.
         */
        post: operations["receiveTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
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
         * @description A permission of a token. `admin` grants every scope and alone guards token management.
         * @enum {string}
         */
        ApiTokenScope: "outlets:read" | "outlets:write" | "schedules:read" | "schedules:write" | "members:read" | "members:write" | "participation:read" | "participation:write" | "partners:read" | "partners:write" | "webhooks:read" | "webhooks:write" | "reports:read" | "audit:read" | "admin";
        /**
         * @description The organization and token the request authenticated as.
         * @example {
         *       "organization": {
         *         "id": "org_01JD0Z8Q3W5XKJ5V7J9C2N4M71",
         *         "name": "上海市体育局社区健康服务平台"
         *       },
         *       "token": {
         *         "id": "tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6Y",
         *         "name": "徐汇区卫健委数据对接",
         *         "prefix": "shk_Xb7q2Lm9",
         *         "scopes": [
         *           "participation:read",
         *           "reports:read"
         *         ],
         *         "expiresAt": "2027-09-01T00:00:00+08:00"
         *       }
         *     }
         */
        Me: {
            /** @description The tenant the token belongs to. */
            organization: {
                /** @description Organization id. */
                id: string;
                /** @description Organization name. */
                name: string;
            };
            /** @description The calling token. */
            token: {
                id: string;
                name: string;
                prefix: string;
                scopes: components["schemas"]["ApiTokenScope"][];
                /**
                 * Format: date-time
                 * @description When the token stops working; null = never.
                 */
                expiresAt: string | null;
            };
        };
        /**
         * @description An API token of the organization. The token value itself is never returned after creation (it is
         *     stored only as a hash); `prefix` identifies it in lists and logs.
         * @example {
         *       "id": "tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6Y",
         *       "name": "徐汇区卫健委数据对接",
         *       "scopes": [
         *         "participation:read",
         *         "reports:read"
         *       ],
         *       "prefix": "shk_Xb7q2Lm9",
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "expiresAt": "2027-09-01T00:00:00+08:00",
         *       "lastUsedAt": "2026-09-30T18:00:05+08:00",
         *       "revokedAt": null
         *     }
         */
        ApiToken: {
            /** @description Token id. */
            id: string;
            /** @description What the token is for. */
            name: string;
            scopes: components["schemas"]["ApiTokenScope"][];
            /** @description The first 12 characters of the token value (`shk_` and 8 more), kept to recognise it. */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the token stops working; null = never.
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description Last authenticated request (updated at most once a minute); null = never used.
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @description When it was revoked; null while active.
             */
            revokedAt: string | null;
        };
        /**
         * @description One page of tokens (revoked ones included), ordered by id.
         * @example {
         *       "data": [
         *         {
         *           "id": "tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6Y",
         *           "name": "徐汇区卫健委数据对接",
         *           "scopes": [
         *             "participation:read",
         *             "reports:read"
         *           ],
         *           "prefix": "shk_Xb7q2Lm9",
         *           "createdAt": "2026-09-01T08:00:00+08:00",
         *           "expiresAt": null,
         *           "lastUsedAt": null,
         *           "revokedAt": null
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ApiTokenPage: {
            data: components["schemas"]["ApiToken"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A token to create.
         * @example {
         *       "name": "徐汇区卫健委数据对接",
         *       "scopes": [
         *         "participation:read",
         *         "reports:read"
         *       ],
         *       "expiresAt": "2027-09-01T00:00:00+08:00"
         *     }
         * @example {
         *       "name": "CI 排课同步",
         *       "scopes": [
         *         "schedules:write",
         *         "outlets:read"
         *       ]
         *     }
         */
        ApiTokenCreate: {
            /** @description What the token is for. */
            name: string;
            scopes: components["schemas"]["ApiTokenScope"][];
            /**
             * Format: date-time
             * @description When the token stops working (must be in the future); omit for a token that never expires.
             */
            expiresAt?: string;
        };
        /**
         * @description A newly created token with its value, shown only in this response. The value is `shk_` followed
         *     by 43 base64url characters (32 random bytes); send it as `Authorization: Bearer <token>`.
         * @example {
         *       "id": "tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6Y",
         *       "name": "徐汇区卫健委数据对接",
         *       "scopes": [
         *         "participation:read",
         *         "reports:read"
         *       ],
         *       "prefix": "shk_Xb7q2Lm9",
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "expiresAt": "2027-09-01T00:00:00+08:00",
         *       "lastUsedAt": null,
         *       "revokedAt": null,
         *       "token": "shk_Xb7q2Lm9vR3kT8wZ1yN5cH0aJ4eG6dF2sP7uQ9bM1xA"
         *     }
         */
        ApiTokenWithSecret: {
            /** @description Token id. */
            id: string;
            /** @description What the token is for. */
            name: string;
            scopes: components["schemas"]["ApiTokenScope"][];
            /** @description The first 12 characters of the token value. */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the token stops working; null = never.
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description Always null for a new token.
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @description Always null for a new token.
             */
            revokedAt: string | null;
            /** @description The token value. Shown once; store it now. */
            token: string;
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
        /**
         * @description One page of an outlet's zones, ordered by code.
         * @example {
         *       "data": [
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
         *       "nextCursor": null
         *     }
         */
        ZonePage: {
            data: components["schemas"]["Zone"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A partial update of one zone. Send `capacity` null to clear it.
         * @example {
         *       "capacity": 30
         *     }
         * @example {
         *       "name": "健康检测区",
         *       "kind": "health_check"
         *     }
         */
        ZoneUpdate: {
            /** @description Code, unique within its outlet. */
            code?: string;
            name?: string;
            kind?: components["schemas"]["ZoneKind"];
            /** @description How many people the zone holds; null clears it. */
            capacity?: number | null;
        };
        /**
         * @description `class`: a recurring course; `event`: a one-off or themed activity; `assessment`: a health check.
         * @enum {string}
         */
        ProgramKind: "class" | "event" | "assessment";
        /**
         * @description Age group: `child` <12, `youth` 12–17, `adult` 18–59, `senior` ≥60.
         * @enum {string}
         */
        ProgramAgeGroup: "child" | "youth" | "adult" | "senior";
        /**
         * @description Physical intensity.
         * @enum {string}
         */
        ProgramIntensity: "light" | "moderate" | "vigorous";
        /**
         * @description A class, event or assessment that sessions are scheduled from.
         * @example {
         *       "id": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
         *       "code": "P-TAICHI",
         *       "title": "太极拳晨练",
         *       "kind": "class",
         *       "category": "tai_chi",
         *       "ageGroups": [
         *         "adult",
         *         "senior"
         *       ],
         *       "intensity": "light",
         *       "theme": null,
         *       "description": "二十四式简化太极拳，适合初学者，每周二、四早上在体验区进行。",
         *       "defaultDurationMinutes": 60,
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-01T08:00:00+08:00",
         *       "revision": 1
         *     }
         * @example {
         *       "id": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6T",
         *       "code": "P-WALK",
         *       "title": "社区健步走",
         *       "kind": "event",
         *       "category": "walking",
         *       "ageGroups": [
         *         "child",
         *         "youth",
         *         "adult",
         *         "senior"
         *       ],
         *       "intensity": "moderate",
         *       "theme": "national-fitness-day",
         *       "description": null,
         *       "defaultDurationMinutes": null,
         *       "createdAt": "2026-08-01T09:30:00+08:00",
         *       "updatedAt": "2026-08-05T17:45:00+08:00",
         *       "revision": 3
         *     }
         */
        Program: {
            /** @description Program id. */
            id: string;
            /** @description Natural key, unique per organization, e.g. `P-TAICHI`. */
            code: string;
            /** @description Display title. */
            title: string;
            kind: components["schemas"]["ProgramKind"];
            /** @description Lowercase snake_case category, e.g. `tai_chi` (see ProgramCreate for the known values). */
            category: string;
            /** @description Age groups the program is meant for. */
            ageGroups: components["schemas"]["ProgramAgeGroup"][];
            intensity: components["schemas"]["ProgramIntensity"];
            /** @description Holiday or campaign, e.g. `national-fitness-day`; null when none. */
            theme: string | null;
            /** @description Longer description; null when none. */
            description: string | null;
            /** @description Usual length of a session in minutes; null when not set. */
            defaultDurationMinutes: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description One page of programs, ordered by id.
         * @example {
         *       "data": [
         *         {
         *           "id": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
         *           "code": "P-TAICHI",
         *           "title": "太极拳晨练",
         *           "kind": "class",
         *           "category": "tai_chi",
         *           "ageGroups": [
         *             "adult",
         *             "senior"
         *           ],
         *           "intensity": "light",
         *           "theme": null,
         *           "description": null,
         *           "defaultDurationMinutes": 60,
         *           "createdAt": "2026-09-01T08:00:00+08:00",
         *           "updatedAt": "2026-09-01T08:00:00+08:00",
         *           "revision": 1
         *         }
         *       ],
         *       "nextCursor": "cHJnXzAxSkQwWjhRM1c1WEtKNVY3SjlDMk40TTZT"
         *     }
         */
        ProgramPage: {
            data: components["schemas"]["Program"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A program to create (or, in a batch, to upsert by `code`). `category` is any lowercase snake_case
         *     string; known values (reports group by them): `walking`, `running`, `tai_chi`, `qigong`, `yoga`,
         *     `pilates`, `basketball`, `football`, `badminton`, `table_tennis`, `swimming`, `square_dance`, `dance`,
         *     `strength`, `balance`, `stretching`, `cycling`, `rope_skipping`, `health_check`, `other`.
         * @example {
         *       "code": "P-TAICHI",
         *       "title": "太极拳晨练",
         *       "kind": "class",
         *       "category": "tai_chi",
         *       "ageGroups": [
         *         "adult",
         *         "senior"
         *       ],
         *       "intensity": "light",
         *       "defaultDurationMinutes": 60
         *     }
         * @example {
         *       "code": "P-WALK",
         *       "title": "社区健步走",
         *       "kind": "event",
         *       "category": "walking",
         *       "ageGroups": [
         *         "child",
         *         "youth",
         *         "adult",
         *         "senior"
         *       ],
         *       "intensity": "moderate",
         *       "theme": "national-fitness-day"
         *     }
         */
        ProgramCreate: {
            /** @description Natural key, unique per organization. */
            code: string;
            /** @description Display title. */
            title: string;
            kind: components["schemas"]["ProgramKind"];
            /** @description Lowercase snake_case category, e.g. `tai_chi`, `square_dance`. */
            category: string;
            /** @description Age groups the program is meant for. */
            ageGroups: components["schemas"]["ProgramAgeGroup"][];
            intensity: components["schemas"]["ProgramIntensity"];
            /** @description Holiday or campaign, e.g. `national-fitness-day`. */
            theme?: string | null;
            /** @description Longer description. */
            description?: string | null;
            /** @description Usual length of a session in minutes; the schedule import uses it when a row has no end time. */
            defaultDurationMinutes?: number | null;
        };
        /**
         * @description Up to 5,000 programs, matched on `code`.
         * @example {
         *       "items": [
         *         {
         *           "code": "P-TAICHI",
         *           "title": "太极拳晨练",
         *           "kind": "class",
         *           "category": "tai_chi",
         *           "ageGroups": [
         *             "adult",
         *             "senior"
         *           ],
         *           "intensity": "light"
         *         },
         *         {
         *           "code": "P-SQDANCE",
         *           "title": "广场舞健身操",
         *           "kind": "class",
         *           "category": "square_dance",
         *           "ageGroups": [
         *             "adult",
         *             "senior"
         *           ],
         *           "intensity": "moderate",
         *           "defaultDurationMinutes": 45
         *         }
         *       ]
         *     }
         */
        ProgramBatchUpsert: {
            items: components["schemas"]["ProgramCreate"][];
        };
        /**
         * @description A partial update; null clears a nullable field.
         * @example {
         *       "title": "太极拳晨练（进阶班）",
         *       "intensity": "moderate"
         *     }
         * @example {
         *       "theme": null
         *     }
         */
        ProgramUpdate: {
            code?: string;
            title?: string;
            kind?: components["schemas"]["ProgramKind"];
            category?: string;
            ageGroups?: components["schemas"]["ProgramAgeGroup"][];
            intensity?: components["schemas"]["ProgramIntensity"];
            theme?: string | null;
            description?: string | null;
            defaultDurationMinutes?: number | null;
        };
        /**
         * @description What the staff member does.
         * @enum {string}
         */
        StaffRole: "coach" | "health_advisor" | "volunteer" | "manager";
        /**
         * @description A coach, health advisor, volunteer or manager working at one or more outlets.
         * @example {
         *       "id": "stf_01JD0Z8Q3W5XKJ5V7J9C2N4M6V",
         *       "externalId": "C-0042",
         *       "name": "王教练",
         *       "role": "coach",
         *       "certifications": [
         *         "国家二级社会体育指导员"
         *       ],
         *       "outletIds": [
         *         "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
         *       ],
         *       "phone": "13800138000",
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-02T14:20:00+08:00",
         *       "revision": 2
         *     }
         * @example {
         *       "id": "stf_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
         *       "externalId": "V-0107",
         *       "name": "李秀英",
         *       "role": "volunteer",
         *       "certifications": [],
         *       "outletIds": [],
         *       "phone": null,
         *       "createdAt": "2026-09-03T10:00:00+08:00",
         *       "updatedAt": "2026-09-03T10:00:00+08:00",
         *       "revision": 1
         *     }
         */
        Staff: {
            /** @description Staff id. */
            id: string;
            /** @description The operator's own key (employee or roster number), unique per organization. */
            externalId: string;
            /** @description Display name. */
            name: string;
            role: components["schemas"]["StaffRole"];
            /** @description Certifications held, e.g. 国家二级社会体育指导员. */
            certifications: string[];
            /** @description Outlets the staff member works at. */
            outletIds: string[];
            /** @description Work phone. Personal information; never logged, exported or shared with partners. Null when not set. */
            phone: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description One page of staff, ordered by id.
         * @example {
         *       "data": [
         *         {
         *           "id": "stf_01JD0Z8Q3W5XKJ5V7J9C2N4M6V",
         *           "externalId": "C-0042",
         *           "name": "王教练",
         *           "role": "coach",
         *           "certifications": [
         *             "国家二级社会体育指导员"
         *           ],
         *           "outletIds": [
         *             "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
         *           ],
         *           "phone": null,
         *           "createdAt": "2026-09-01T08:00:00+08:00",
         *           "updatedAt": "2026-09-01T08:00:00+08:00",
         *           "revision": 1
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        StaffPage: {
            data: components["schemas"]["Staff"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A staff member to create (or, in a batch, to upsert by `externalId`).
         * @example {
         *       "externalId": "C-0042",
         *       "name": "王教练",
         *       "role": "coach",
         *       "certifications": [
         *         "国家二级社会体育指导员"
         *       ],
         *       "outletIds": [
         *         "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
         *       ],
         *       "phone": "13800138000"
         *     }
         * @example {
         *       "externalId": "H-0003",
         *       "name": "张医生",
         *       "role": "health_advisor"
         *     }
         */
        StaffCreate: {
            /** @description The operator's own key, unique per organization; no leading or trailing spaces. */
            externalId: string;
            /** @description Display name. */
            name: string;
            role: components["schemas"]["StaffRole"];
            /** @description Certifications held; the complete list. */
            certifications?: string[];
            /** @description Outlets the staff member works at (outlet ids); the complete list. An unknown id answers 422. */
            outletIds?: string[];
            /** @description Work phone (personal information). */
            phone?: string | null;
        };
        /**
         * @description Up to 5,000 staff members, matched on `externalId`.
         * @example {
         *       "items": [
         *         {
         *           "externalId": "C-0042",
         *           "name": "王教练",
         *           "role": "coach",
         *           "certifications": [
         *             "国家二级社会体育指导员"
         *           ]
         *         },
         *         {
         *           "externalId": "C-0043",
         *           "name": "陈晓燕",
         *           "role": "coach",
         *           "outletIds": [
         *             "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
         *           ]
         *         }
         *       ]
         *     }
         */
        StaffBatchUpsert: {
            items: components["schemas"]["StaffCreate"][];
        };
        /**
         * @description A partial update; arrays replace the whole list, null clears `phone`.
         * @example {
         *       "role": "manager"
         *     }
         * @example {
         *       "outletIds": [
         *         "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *         "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q"
         *       ],
         *       "phone": null
         *     }
         */
        StaffUpdate: {
            externalId?: string;
            name?: string;
            role?: components["schemas"]["StaffRole"];
            certifications?: string[];
            outletIds?: string[];
            phone?: string | null;
        };
        /**
         * @description Lifecycle status. A cancelled session takes no bookings; its bookings are cancelled.
         * @enum {string}
         */
        SessionStatus: "scheduled" | "cancelled" | "completed";
        /**
         * @description A scheduled occurrence of a program at an outlet, over the half-open interval `[startsAt, endsAt)`.
         *     `bookedCount` and `waitlistedCount` are maintained by the server.
         * @example {
         *       "id": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "externalId": "PD-TAICHI-20270105-0830",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "zoneId": "zon_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
         *       "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
         *       "coachId": "stf_01JD0Z8Q3W5XKJ5V7J9C2N4M6T",
         *       "title": "太极拳晨练（初级班）",
         *       "startsAt": "2027-01-05T08:30:00+08:00",
         *       "endsAt": "2027-01-05T09:30:00+08:00",
         *       "capacity": 20,
         *       "waitlistCapacity": 5,
         *       "status": "scheduled",
         *       "seriesKey": "5c1d9a7e-3b2f-4c7a-9e0d-2f6b8a4c1e93@sporthub",
         *       "bookedCount": 18,
         *       "waitlistedCount": 0,
         *       "createdAt": "2026-12-20T10:00:00+08:00",
         *       "updatedAt": "2026-12-28T16:42:00+08:00",
         *       "revision": 3
         *     }
         */
        Session: {
            /** @description Session id. */
            id: string;
            /** @description The operator's own key (natural key, unique per organization); imports and batch upserts match on it. */
            externalId: string | null;
            /** @description The outlet hosting the session. */
            outletId: string;
            /** @description The zone of the outlet it takes place in; null when not set. */
            zoneId: string | null;
            /** @description The program this is an occurrence of. */
            programId: string;
            /** @description The staff member leading it; null when not assigned. */
            coachId: string | null;
            /** @description The session's own title; null means the program's title applies. */
            title: string | null;
            /**
             * Format: date-time
             * @description Start (inclusive), RFC 3339 with offset.
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description End (exclusive), RFC 3339 with offset; always after `startsAt`.
             */
            endsAt: string;
            /** @description Places that can be booked. */
            capacity: number;
            /** @description Places on the waitlist once `capacity` is taken; 0 means no waitlist. */
            waitlistCapacity: number;
            status: components["schemas"]["SessionStatus"];
            /** @description The recurrence the session came from (e.g. an iCalendar UID); null for a one-off. */
            seriesKey: string | null;
            /** @description Bookings holding a place (`booked`, `attended`, `no_show`). Read-only. */
            bookedCount: number;
            /** @description Bookings on the waitlist. Read-only. */
            waitlistedCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description One page of sessions, ordered by `startsAt`, then id.
         * @example {
         *       "data": [],
         *       "nextCursor": null
         *     }
         */
        SessionPage: {
            data: components["schemas"]["Session"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A session to create (or, in a batch, to upsert by `externalId`). `endsAt` must be after `startsAt`;
         *     `zoneId` must belong to `outletId`.
         * @example {
         *       "externalId": "PD-TAICHI-20270105-0830",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "zoneId": "zon_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
         *       "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
         *       "coachId": "stf_01JD0Z8Q3W5XKJ5V7J9C2N4M6T",
         *       "title": "太极拳晨练（初级班）",
         *       "startsAt": "2027-01-05T08:30:00+08:00",
         *       "endsAt": "2027-01-05T09:30:00+08:00",
         *       "capacity": 20,
         *       "waitlistCapacity": 5
         *     }
         * @example {
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6V",
         *       "startsAt": "2027-01-09T19:00:00+08:00",
         *       "endsAt": "2027-01-09T20:30:00+08:00",
         *       "capacity": 40
         *     }
         */
        SessionCreate: {
            /** @description The operator's own key, unique per organization. Required in a batch upsert. */
            externalId?: string;
            /** @description The outlet hosting the session. */
            outletId: string;
            /** @description A zone of that outlet. */
            zoneId?: string;
            programId: string;
            /** @description The staff member leading it. */
            coachId?: string;
            /** @description Own title; when omitted the program's title applies. */
            title?: string;
            /**
             * Format: date-time
             * @description Start (inclusive), RFC 3339 with offset.
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description End (exclusive), RFC 3339 with offset; must be after `startsAt`.
             */
            endsAt: string;
            /** @description Places that can be booked. */
            capacity: number;
            /**
             * @description Places on the waitlist.
             * @default 0
             */
            waitlistCapacity?: number;
            /** @default scheduled */
            status?: components["schemas"]["SessionStatus"];
            /** @description The recurrence it came from. */
            seriesKey?: string;
        };
        /**
         * @description Up to 5,000 sessions, matched on `externalId` (required on every item).
         * @example {
         *       "items": [
         *         {
         *           "externalId": "PD-TAICHI-20270105-0830",
         *           "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
         *           "coachId": "stf_01JD0Z8Q3W5XKJ5V7J9C2N4M6T",
         *           "startsAt": "2027-01-05T08:30:00+08:00",
         *           "endsAt": "2027-01-05T09:30:00+08:00",
         *           "capacity": 20,
         *           "seriesKey": "PD-TAICHI-MORNING"
         *         },
         *         {
         *           "externalId": "PD-TAICHI-20270107-0830",
         *           "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
         *           "startsAt": "2027-01-07T08:30:00+08:00",
         *           "endsAt": "2027-01-07T09:30:00+08:00",
         *           "capacity": 20,
         *           "status": "cancelled",
         *           "seriesKey": "PD-TAICHI-MORNING"
         *         }
         *       ]
         *     }
         */
        SessionBatchUpsert: {
            items: components["schemas"]["SessionCreate"][];
        };
        /**
         * @description A partial update. The resulting `endsAt` must be after `startsAt`, and `capacity` may not drop below
         *     `bookedCount` (422 `capacity_below_bookings`). Setting `status: cancelled` has the effect of `:cancel`.
         * @example {
         *       "capacity": 25,
         *       "waitlistCapacity": 10
         *     }
         * @example {
         *       "coachId": "stf_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
         *       "title": "太极拳晨练（代课：李教练）"
         *     }
         * @example {
         *       "startsAt": "2027-01-05T09:00:00+08:00",
         *       "endsAt": "2027-01-05T10:00:00+08:00"
         *     }
         */
        SessionUpdate: {
            externalId?: string | null;
            outletId?: string;
            zoneId?: string | null;
            programId?: string;
            coachId?: string | null;
            /** @description Null reverts to the program's title. */
            title?: string | null;
            /** Format: date-time */
            startsAt?: string;
            /** Format: date-time */
            endsAt?: string;
            capacity?: number;
            waitlistCapacity?: number;
            status?: components["schemas"]["SessionStatus"];
            seriesKey?: string | null;
        };
        /**
         * @description Why the session is cancelled.
         * @example {
         *       "reason": "场馆设备检修，课程暂停一次"
         *     }
         */
        SessionCancel: {
            /** @description Free text, kept with the cancellation event (e.g. for notifying members). */
            reason?: string;
        };
        /**
         * @description `booked` holds a place; `waitlisted` waits for one (see `position`); `cancelled` holds nothing;
         *     `attended` and `no_show` are set after the session and keep their place counted.
         * @enum {string}
         */
        BookingStatus: "booked" | "waitlisted" | "cancelled" | "attended" | "no_show";
        /**
         * @description A member's place (or waitlist position) in a session.
         * @example {
         *       "id": "bkg_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q",
         *       "status": "booked",
         *       "position": null,
         *       "cancelledAt": null,
         *       "createdAt": "2027-01-02T20:15:00+08:00",
         *       "updatedAt": "2027-01-02T20:15:00+08:00",
         *       "revision": 1
         *     }
         * @example {
         *       "id": "bkg_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
         *       "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
         *       "status": "waitlisted",
         *       "position": 2,
         *       "cancelledAt": null,
         *       "createdAt": "2027-01-03T07:40:00+08:00",
         *       "updatedAt": "2027-01-03T07:40:00+08:00",
         *       "revision": 1
         *     }
         */
        Booking: {
            /** @description Booking id. */
            id: string;
            /** @description The session booked. */
            sessionId: string;
            /** @description The member holding the booking. */
            memberId: string;
            status: components["schemas"]["BookingStatus"];
            /** @description 1-based place on the waitlist while `waitlisted`; null otherwise. */
            position: number | null;
            /**
             * Format: date-time
             * @description When it was cancelled (directly or with its session); null otherwise.
             */
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description One page of bookings, ordered by id (creation order).
         * @example {
         *       "data": [
         *         {
         *           "id": "bkg_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q",
         *           "status": "attended",
         *           "position": null,
         *           "cancelledAt": null,
         *           "createdAt": "2027-01-02T20:15:00+08:00",
         *           "updatedAt": "2027-01-05T09:35:00+08:00",
         *           "revision": 2
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        BookingPage: {
            data: components["schemas"]["Booking"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description Book a member into a session. The server decides `booked` or `waitlisted`.
         * @example {
         *       "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q"
         *     }
         */
        BookingCreate: {
            /** @description The session to book. */
            sessionId: string;
            /** @description The member to book. */
            memberId: string;
        };
        /**
         * @description Record the outcome of a booked place after the session.
         * @example {
         *       "status": "attended"
         *     }
         * @example {
         *       "status": "no_show"
         *     }
         */
        BookingUpdate: {
            /**
             * @description The outcome; only a `booked`, `attended` or `no_show` booking can take it.
             * @enum {string}
             */
            status: "attended" | "no_show";
        };
        /**
         * @description Age group: `child` under 12, `youth` 12–17, `adult` 18–59, `senior` 60 and over. Derived by the
         *     server, never sent: from `birthYear` (age = the current year in Asia/Shanghai minus `birthYear`),
         *     else from `schoolGrade` (grades 1–6 → `child`, 7–12 → `youth`), else null.
         * @enum {string}
         */
        AgeGroup: "child" | "youth" | "adult" | "senior";
        /**
         * @description Gender as the member states it; `undisclosed` when they chose not to say.
         * @enum {string}
         */
        MemberGender: "female" | "male" | "other" | "undisclosed";
        /**
         * @description A parent or guardian: a contact, not a member. Required before data of a member under 14 (or of
         *     unknown age) is shared with a partner.
         * @example {
         *       "name": "李娜",
         *       "phone": "+86 138 0013 8000"
         *     }
         * @example {
         *       "name": "张伟",
         *       "phone": null
         *     }
         */
        MemberGuardian: {
            /** @description The guardian's name. */
            name: string;
            /** @description The guardian's phone (personal data; never exported raw to partners); null when unknown. */
            phone: string | null;
        };
        /**
         * @description A resident who books and takes part. After `:erase`, the personal fields are blanked:
         *     `displayName` is the empty string, `externalId`, `birthYear`, `schoolGrade`, `gender`, `phone`
         *     and `guardian` are null and `erasedAt` is set; `ageGroup` keeps the value it had at erasure so
         *     aggregates stay correct.
         * @example {
         *       "id": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "externalId": "SH-PD-M-000123",
         *       "displayName": "王秀英",
         *       "birthYear": 1958,
         *       "ageGroup": "senior",
         *       "schoolGrade": null,
         *       "gender": "female",
         *       "phone": "+86 139 1234 5678",
         *       "guardian": null,
         *       "erasedAt": null,
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-03T10:15:00+08:00",
         *       "revision": 2
         *     }
         * @example {
         *       "id": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q",
         *       "externalId": "3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d",
         *       "displayName": "张子涵",
         *       "birthYear": 2016,
         *       "ageGroup": "child",
         *       "schoolGrade": 4,
         *       "gender": "male",
         *       "phone": null,
         *       "guardian": {
         *         "name": "张伟",
         *         "phone": "+86 138 0013 8000"
         *       },
         *       "erasedAt": null,
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-01T08:00:00+08:00",
         *       "revision": 1
         *     }
         * @example {
         *       "id": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
         *       "externalId": null,
         *       "displayName": "",
         *       "birthYear": null,
         *       "ageGroup": "adult",
         *       "schoolGrade": null,
         *       "gender": null,
         *       "phone": null,
         *       "guardian": null,
         *       "erasedAt": "2026-10-08T09:30:00+08:00",
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-10-08T09:30:00+08:00",
         *       "revision": 4
         *     }
         */
        Member: {
            /** @description Member id. */
            id: string;
            /** @description The operator's own key (natural key, unique per organization); null when not set or erased. */
            externalId: string | null;
            /** @description Name to show; the empty string once the member is erased. */
            displayName: string;
            /** @description Year of birth; null when unknown (unknown age counts as a minor for sharing). */
            birthYear: number | null;
            /** @description Derived from `birthYear`, else from `schoolGrade`; null when neither is known. */
            ageGroup: components["schemas"]["AgeGroup"] | null;
            /** @description School grade 1–12 (小学一年级 = 1, 高三 = 12); null when not a pupil or unknown. */
            schoolGrade: number | null;
            /** @description Gender; null when not recorded. */
            gender: components["schemas"]["MemberGender"] | null;
            /** @description Phone number (personal data; never exported raw to partners); null when not recorded. */
            phone: string | null;
            /** @description Parent or guardian contact; null when none. */
            guardian: components["schemas"]["MemberGuardian"] | null;
            /**
             * Format: date-time
             * @description When the member's personal data was erased (`:erase`); null while not erased.
             */
            erasedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description One page of members, ordered by id.
         * @example {
         *       "data": [
         *         {
         *           "id": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "externalId": "SH-PD-M-000123",
         *           "displayName": "王秀英",
         *           "birthYear": 1958,
         *           "ageGroup": "senior",
         *           "schoolGrade": null,
         *           "gender": "female",
         *           "phone": "+86 139 1234 5678",
         *           "guardian": null,
         *           "erasedAt": null,
         *           "createdAt": "2026-09-01T08:00:00+08:00",
         *           "updatedAt": "2026-09-03T10:15:00+08:00",
         *           "revision": 2
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        MemberPage: {
            data: components["schemas"]["Member"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A member to create (or, in a batch, to upsert by `externalId`). Only `displayName` is required;
         *     `ageGroup` is derived and never sent.
         * @example {
         *       "externalId": "SH-PD-M-000123",
         *       "displayName": "王秀英",
         *       "birthYear": 1958,
         *       "gender": "female",
         *       "phone": "+86 139 1234 5678"
         *     }
         * @example {
         *       "externalId": "3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d",
         *       "displayName": "张子涵",
         *       "birthYear": 2016,
         *       "schoolGrade": 4,
         *       "guardian": {
         *         "name": "张伟",
         *         "phone": "+86 138 0013 8000"
         *       }
         *     }
         */
        MemberCreate: {
            /** @description The operator's own key, unique per organization. Required in a `:batchUpsert` (the match key). */
            externalId?: string | null;
            /** @description Name to show. */
            displayName: string;
            /** @description Year of birth (not later than the current year). */
            birthYear?: number | null;
            /** @description School grade 1–12. */
            schoolGrade?: number | null;
            gender?: components["schemas"]["MemberGender"] | null;
            /** @description Phone number (personal data). */
            phone?: string | null;
            guardian?: components["schemas"]["MemberGuardian"] | null;
        };
        /**
         * @description Up to 5,000 members, matched on `externalId` (every item must carry one).
         * @example {
         *       "items": [
         *         {
         *           "externalId": "SH-PD-M-000123",
         *           "displayName": "王秀英",
         *           "birthYear": 1958
         *         },
         *         {
         *           "externalId": "SH-PD-M-000124",
         *           "displayName": "陈建国",
         *           "birthYear": 1962,
         *           "gender": "male"
         *         }
         *       ]
         *     }
         */
        MemberBatchUpsert: {
            items: components["schemas"]["MemberCreate"][];
        };
        /**
         * @description A partial update; null clears a field. An erased member cannot be updated (409).
         * @example {
         *       "phone": "+86 139 8765 4321"
         *     }
         * @example {
         *       "schoolGrade": 5,
         *       "guardian": {
         *         "name": "李娜",
         *         "phone": "+86 138 0013 8000"
         *       }
         *     }
         */
        MemberUpdate: {
            externalId?: string | null;
            displayName?: string;
            birthYear?: number | null;
            schoolGrade?: number | null;
            gender?: components["schemas"]["MemberGender"] | null;
            phone?: string | null;
            guardian?: components["schemas"]["MemberGuardian"] | null;
        };
        /**
         * @description What the consent allows: `health_data_sharing` (health measurements to the partner),
         *     `participation_sharing` (participation records to the partner), `contact` (being contacted).
         * @enum {string}
         */
        ConsentPurpose: "health_data_sharing" | "participation_sharing" | "contact";
        /**
         * @description Who gave the consent; `guardian` is required for a member under 14 or of unknown age.
         * @enum {string}
         */
        ConsentGrantedBy: "self" | "guardian";
        /**
         * @description A recorded consent (append-only: never edited, only revoked once). `partnerId` null means the
         *     platform itself. A consent is active while `revokedAt` is null.
         * @example {
         *       "id": "cns_01JD0Z8Q3W5XKJ5V7J9C2N4M7A",
         *       "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "partnerId": "ptn_01JD0Z8Q3W5XKJ5V7J9C2N4M5B",
         *       "purpose": "health_data_sharing",
         *       "grantedBy": "self",
         *       "grantedAt": "2026-09-02T10:00:00+08:00",
         *       "revokedAt": null
         *     }
         * @example {
         *       "id": "cns_01JD0Z8Q3W5XKJ5V7J9C2N4M7B",
         *       "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q",
         *       "partnerId": null,
         *       "purpose": "contact",
         *       "grantedBy": "guardian",
         *       "grantedAt": "2026-09-02T10:05:00+08:00",
         *       "revokedAt": "2026-09-20T18:30:00+08:00"
         *     }
         */
        Consent: {
            /** @description Consent id. */
            id: string;
            /** @description The member it belongs to. */
            memberId: string;
            /** @description The partner it names; null for the platform itself. */
            partnerId: string | null;
            purpose: components["schemas"]["ConsentPurpose"];
            grantedBy: components["schemas"]["ConsentGrantedBy"];
            /**
             * Format: date-time
             * @description When it was granted.
             */
            grantedAt: string;
            /**
             * Format: date-time
             * @description When it was revoked; null while active.
             */
            revokedAt: string | null;
        };
        /**
         * @description One page of a member's consents, oldest first (active and revoked).
         * @example {
         *       "data": [
         *         {
         *           "id": "cns_01JD0Z8Q3W5XKJ5V7J9C2N4M7A",
         *           "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "partnerId": "ptn_01JD0Z8Q3W5XKJ5V7J9C2N4M5B",
         *           "purpose": "health_data_sharing",
         *           "grantedBy": "self",
         *           "grantedAt": "2026-09-02T10:00:00+08:00",
         *           "revokedAt": null
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ConsentPage: {
            data: components["schemas"]["Consent"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A consent to record. Omitting `partnerId` (or sending null) names the platform itself.
         * @example {
         *       "partnerId": "ptn_01JD0Z8Q3W5XKJ5V7J9C2N4M5B",
         *       "purpose": "health_data_sharing",
         *       "grantedBy": "self"
         *     }
         * @example {
         *       "purpose": "contact",
         *       "grantedBy": "guardian"
         *     }
         */
        ConsentGrant: {
            /** @description The partner the consent names; null or omitted for the platform. */
            partnerId?: string | null;
            purpose: components["schemas"]["ConsentPurpose"];
            grantedBy: components["schemas"]["ConsentGrantedBy"];
        };
        /**
         * @description Which active consent to revoke. Omitting `partnerId` (or sending null) names the platform.
         * @example {
         *       "partnerId": "ptn_01JD0Z8Q3W5XKJ5V7J9C2N4M5B",
         *       "purpose": "health_data_sharing"
         *     }
         * @example {
         *       "purpose": "contact"
         *     }
         */
        ConsentRevoke: {
            /** @description The partner the consent names; null or omitted for the platform. */
            partnerId?: string | null;
            purpose: components["schemas"]["ConsentPurpose"];
        };
        /**
         * @description `referral` (a clinic's FHIR ServiceRequest), `school` (school PE via OneRoster), `self` (the member signed up).
         * @enum {string}
         */
        EnrollmentSource: "referral" | "school" | "self";
        /**
         * @description Lifecycle status.
         * @enum {string}
         */
        EnrollmentStatus: "active" | "completed" | "cancelled";
        /**
         * @description A member enrolled in a program, e.g. after a clinic's referral.
         * @example {
         *       "id": "enr_01JD0Z8Q3W5XKJ5V7J9C2N4M9C",
         *       "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M3A",
         *       "groupId": null,
         *       "source": "referral",
         *       "referenceId": "ServiceRequest/sr-2026-000871",
         *       "status": "active",
         *       "createdAt": "2026-09-05T14:00:00+08:00",
         *       "updatedAt": "2026-09-05T14:00:00+08:00",
         *       "revision": 1
         *     }
         */
        Enrollment: {
            /** @description Enrollment id. */
            id: string;
            /** @description The enrolled member. */
            memberId: string;
            /** @description The program. */
            programId: string;
            /** @description The group it came with (a class, a referral cohort); null when none. */
            groupId: string | null;
            source: components["schemas"]["EnrollmentSource"];
            /** @description The source system's reference, e.g. the clinic's ServiceRequest id; unique per source. */
            referenceId: string | null;
            status: components["schemas"]["EnrollmentStatus"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description Records of one kind held about a member, by id (every one, ordered by id).
         * @example {
         *       "count": 2,
         *       "ids": [
         *         "bkg_01JD0Z8Q3W5XKJ5V7J9C2N4M9D",
         *         "bkg_01JD0Z8Q3W5XKJ5V7J9C2N4M9E"
         *       ]
         *     }
         */
        MemberRecordSet: {
            /** @description How many records there are. */
            count: number;
            /** @description Their ids, ordered by id; fetch each with its resource's GET. */
            ids: string[];
        };
        /**
         * @description Everything held about one member (PIPL access request): the member record, every consent
         *     (revoked too), group memberships, enrollments, and the ids of their bookings, participation
         *     records, health measurements and feedback.
         * @example {
         *       "generatedAt": "2026-10-08T09:00:00+08:00",
         *       "member": {
         *         "id": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *         "externalId": "SH-PD-M-000123",
         *         "displayName": "王秀英",
         *         "birthYear": 1958,
         *         "ageGroup": "senior",
         *         "schoolGrade": null,
         *         "gender": "female",
         *         "phone": "+86 139 1234 5678",
         *         "guardian": null,
         *         "erasedAt": null,
         *         "createdAt": "2026-09-01T08:00:00+08:00",
         *         "updatedAt": "2026-09-03T10:15:00+08:00",
         *         "revision": 2
         *       },
         *       "consents": [
         *         {
         *           "id": "cns_01JD0Z8Q3W5XKJ5V7J9C2N4M7A",
         *           "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "partnerId": "ptn_01JD0Z8Q3W5XKJ5V7J9C2N4M5B",
         *           "purpose": "health_data_sharing",
         *           "grantedBy": "self",
         *           "grantedAt": "2026-09-02T10:00:00+08:00",
         *           "revokedAt": null
         *         }
         *       ],
         *       "groupIds": [
         *         "grp_01JD0Z8Q3W5XKJ5V7J9C2N4M8B"
         *       ],
         *       "enrollments": [
         *         {
         *           "id": "enr_01JD0Z8Q3W5XKJ5V7J9C2N4M9C",
         *           "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M3A",
         *           "groupId": "grp_01JD0Z8Q3W5XKJ5V7J9C2N4M8B",
         *           "source": "referral",
         *           "referenceId": "ServiceRequest/sr-2026-000871",
         *           "status": "active",
         *           "createdAt": "2026-09-05T14:00:00+08:00",
         *           "updatedAt": "2026-09-05T14:00:00+08:00",
         *           "revision": 1
         *         }
         *       ],
         *       "bookings": {
         *         "count": 2,
         *         "ids": [
         *           "bkg_01JD0Z8Q3W5XKJ5V7J9C2N4M9D",
         *           "bkg_01JD0Z8Q3W5XKJ5V7J9C2N4M9E"
         *         ]
         *       },
         *       "participation": {
         *         "count": 1,
         *         "ids": [
         *           "par_01JD0Z8Q3W5XKJ5V7J9C2N4MAF"
         *         ]
         *       },
         *       "healthMeasurements": {
         *         "count": 0,
         *         "ids": []
         *       },
         *       "feedback": {
         *         "count": 0,
         *         "ids": []
         *       }
         *     }
         */
        MemberPersonalData: {
            /**
             * Format: date-time
             * @description When this answer was assembled.
             */
            generatedAt: string;
            member: components["schemas"]["Member"];
            /** @description Every consent, oldest first, revoked ones included. */
            consents: components["schemas"]["Consent"][];
            /** @description Groups the member belongs to. */
            groupIds: string[];
            /** @description The member's program enrollments. */
            enrollments: components["schemas"]["Enrollment"][];
            bookings: components["schemas"]["MemberRecordSet"];
            participation: components["schemas"]["MemberRecordSet"];
            healthMeasurements: components["schemas"]["MemberRecordSet"];
            feedback: components["schemas"]["MemberRecordSet"];
        };
        /**
         * @description `school_class` (imported from OneRoster), `interest_group` (a club, e.g. a walking group),
         *     `referral_cohort` (members referred by a clinic).
         * @enum {string}
         */
        GroupKind: "school_class" | "interest_group" | "referral_cohort";
        /**
         * @description A set of members, e.g. a school class or an interest group.
         * @example {
         *       "id": "grp_01JD0Z8Q3W5XKJ5V7J9C2N4M8B",
         *       "code": "JQ-PRI-2026-4-2",
         *       "name": "建青实验小学 四年级2班",
         *       "kind": "school_class",
         *       "partnerId": "ptn_01JD0Z8Q3W5XKJ5V7J9C2N4M5C",
         *       "memberIds": [
         *         "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q"
         *       ],
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-10T16:20:00+08:00",
         *       "revision": 3
         *     }
         * @example {
         *       "id": "grp_01JD0Z8Q3W5XKJ5V7J9C2N4M8C",
         *       "code": "WALK-PD-01",
         *       "name": "世纪公园健步走小组",
         *       "kind": "interest_group",
         *       "partnerId": null,
         *       "memberIds": [],
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-01T08:00:00+08:00",
         *       "revision": 1
         *     }
         */
        Group: {
            /** @description Group id. */
            id: string;
            /** @description Natural key, unique per organization (for school classes, the OneRoster class sourcedId). */
            code: string;
            /** @description Display name. */
            name: string;
            kind: components["schemas"]["GroupKind"];
            /** @description The partner it belongs to (the school, the clinic); null for the operator's own groups. */
            partnerId: string | null;
            /** @description Its members, ordered by id. */
            memberIds: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description One page of groups, ordered by id.
         * @example {
         *       "data": [
         *         {
         *           "id": "grp_01JD0Z8Q3W5XKJ5V7J9C2N4M8C",
         *           "code": "WALK-PD-01",
         *           "name": "世纪公园健步走小组",
         *           "kind": "interest_group",
         *           "partnerId": null,
         *           "memberIds": [],
         *           "createdAt": "2026-09-01T08:00:00+08:00",
         *           "updatedAt": "2026-09-01T08:00:00+08:00",
         *           "revision": 1
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        GroupPage: {
            data: components["schemas"]["Group"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A group to create.
         * @example {
         *       "code": "WALK-PD-01",
         *       "name": "世纪公园健步走小组",
         *       "kind": "interest_group"
         *     }
         * @example {
         *       "code": "JQ-PRI-2026-4-2",
         *       "name": "建青实验小学 四年级2班",
         *       "kind": "school_class",
         *       "partnerId": "ptn_01JD0Z8Q3W5XKJ5V7J9C2N4M5C",
         *       "memberIds": [
         *         "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q"
         *       ]
         *     }
         */
        GroupCreate: {
            /** @description Natural key, unique per organization. */
            code: string;
            name: string;
            kind: components["schemas"]["GroupKind"];
            /** @description The partner it belongs to; null or omitted for the operator's own groups. */
            partnerId?: string | null;
            /** @description Its members (default none). Unknown ids answer 422. */
            memberIds?: string[];
        };
        /**
         * @description A partial update. `memberIds`, when sent, is the complete set.
         * @example {
         *       "name": "建青实验小学 五年级2班"
         *     }
         * @example {
         *       "memberIds": [
         *         "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *         "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q"
         *       ]
         *     }
         */
        GroupUpdate: {
            code?: string;
            name?: string;
            kind?: components["schemas"]["GroupKind"];
            partnerId?: string | null;
            memberIds?: string[];
        };
        /**
         * @description One page of enrollments, ordered by id.
         * @example {
         *       "data": [
         *         {
         *           "id": "enr_01JD0Z8Q3W5XKJ5V7J9C2N4M9C",
         *           "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M3A",
         *           "groupId": null,
         *           "source": "referral",
         *           "referenceId": "ServiceRequest/sr-2026-000871",
         *           "status": "active",
         *           "createdAt": "2026-09-05T14:00:00+08:00",
         *           "updatedAt": "2026-09-05T14:00:00+08:00",
         *           "revision": 1
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        EnrollmentPage: {
            data: components["schemas"]["Enrollment"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description An enrollment to create. A `referenceId` already used with the same `source` answers 409.
         * @example {
         *       "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M3A",
         *       "source": "referral",
         *       "referenceId": "ServiceRequest/sr-2026-000871"
         *     }
         * @example {
         *       "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q",
         *       "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M3B",
         *       "groupId": "grp_01JD0Z8Q3W5XKJ5V7J9C2N4M8B",
         *       "source": "school"
         *     }
         */
        EnrollmentCreate: {
            /** @description The member to enroll. */
            memberId: string;
            /** @description The program. */
            programId: string;
            /** @description The group it comes with. */
            groupId?: string | null;
            source: components["schemas"]["EnrollmentSource"];
            /** @description The source system's reference, e.g. the clinic's ServiceRequest id. */
            referenceId?: string | null;
            /** @default active */
            status?: components["schemas"]["EnrollmentStatus"];
        };
        /**
         * @description A partial update; the member and the program cannot change.
         * @example {
         *       "status": "completed"
         *     }
         * @example {
         *       "groupId": "grp_01JD0Z8Q3W5XKJ5V7J9C2N4M8B"
         *     }
         */
        EnrollmentUpdate: {
            groupId?: string | null;
            referenceId?: string | null;
            status?: components["schemas"]["EnrollmentStatus"];
        };
        /**
         * @description How the check-in was recorded: `staff` (entered by staff at the outlet), `qr` (the member scanned the
         *     session's QR code), `partner` (reported by a partner, e.g. a school or clinic), `import` (a file
         *     import of paper lists).
         * @enum {string}
         */
        ParticipationSource: "staff" | "qr" | "partner" | "import";
        /**
         * @description One member taking part in one session: the record that is exported and reported on. A walk-in needs
         *     no booking; when the member held a booking for the session, that booking became `attended`.
         * @example {
         *       "id": "par_01JD1A2B3C4D5E6F7G8H9J0K1M",
         *       "externalId": "PD-20260905-0001",
         *       "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "checkedInAt": "2026-09-05T07:58:12+08:00",
         *       "durationMinutes": 60,
         *       "source": "staff",
         *       "createdAt": "2026-09-05T07:58:12+08:00",
         *       "updatedAt": "2026-09-05T07:58:12+08:00",
         *       "revision": 1
         *     }
         * @example {
         *       "id": "par_01JD1A2B3C4D5E6F7G8H9J0K1N",
         *       "externalId": null,
         *       "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5F",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "checkedInAt": "2026-09-05T08:03:40+08:00",
         *       "durationMinutes": null,
         *       "source": "qr",
         *       "createdAt": "2026-09-05T08:03:40+08:00",
         *       "updatedAt": "2026-09-05T08:03:40+08:00",
         *       "revision": 1
         *     }
         */
        Participation: {
            /** @description Participation id. */
            id: string;
            /** @description The operator's own key (natural key, unique per organization); null when not set. */
            externalId: string | null;
            /** @description The session taken part in. */
            sessionId: string;
            /** @description The member who took part. */
            memberId: string;
            /** @description The session's outlet (copied from the session; not writable). */
            outletId: string;
            /**
             * Format: date-time
             * @description When the member checked in.
             */
            checkedInAt: string;
            /** @description Minutes actually taken part; null when not recorded. */
            durationMinutes: number | null;
            source: components["schemas"]["ParticipationSource"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description One page of participation records, ordered by id (the order they were recorded in).
         * @example {
         *       "data": [
         *         {
         *           "id": "par_01JD1A2B3C4D5E6F7G8H9J0K1M",
         *           "externalId": "PD-20260905-0001",
         *           "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *           "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "checkedInAt": "2026-09-05T07:58:12+08:00",
         *           "durationMinutes": 60,
         *           "source": "staff",
         *           "createdAt": "2026-09-05T07:58:12+08:00",
         *           "updatedAt": "2026-09-05T07:58:12+08:00",
         *           "revision": 1
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ParticipationPage: {
            data: components["schemas"]["Participation"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A check-in to record (or, in a batch, to upsert). The outlet is taken from the session. A member takes
         *     part in a session at most once: a second check-in of the same member to the same session answers
         *     409 (in a batch it updates the existing record). A cancelled session answers 422.
         * @example {
         *       "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E"
         *     }
         * @example {
         *       "externalId": "PD-20260905-0001",
         *       "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *       "checkedInAt": "2026-09-05T07:58:12+08:00",
         *       "durationMinutes": 60,
         *       "source": "import"
         *     }
         */
        ParticipationCreate: {
            /** @description The operator's own key; batch upserts match on it. */
            externalId?: string;
            /** @description The session taken part in. */
            sessionId: string;
            /** @description The member who took part. */
            memberId: string;
            /**
             * Format: date-time
             * @description When the member checked in; defaults to the time the server receives the request.
             */
            checkedInAt?: string;
            /** @description Minutes actually taken part. */
            durationMinutes?: number | null;
            /** @default staff */
            source?: components["schemas"]["ParticipationSource"];
        };
        /**
         * @description Up to 5,000 check-ins, matched on `externalId`; an item without `externalId` is matched on
         *     (`sessionId`, `memberId`), so re-running an import never duplicates.
         * @example {
         *       "items": [
         *         {
         *           "externalId": "PD-20260905-0001",
         *           "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *           "checkedInAt": "2026-09-05T07:58:12+08:00",
         *           "durationMinutes": 60,
         *           "source": "import"
         *         },
         *         {
         *           "externalId": "PD-20260905-0002",
         *           "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5F",
         *           "checkedInAt": "2026-09-05T08:03:40+08:00",
         *           "source": "import"
         *         }
         *       ]
         *     }
         */
        ParticipationBatchUpsert: {
            items: components["schemas"]["ParticipationCreate"][];
        };
        /**
         * @description One row of the participation export (SPEC §6.3): one NDJSON line, or one CSV record whose columns are
         *     these keys in this order: `participation_id, session_id, session_external_id, outlet_code,
         *     program_code, member_ref, age_group, checked_in_at, duration_minutes, source`. In CSV a null is an
         *     empty field.
         * @example {
         *       "participation_id": "par_01JD1A2B3C4D5E6F7G8H9J0K1M",
         *       "session_id": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "session_external_id": "PD-TAICHI-20260905-0730",
         *       "outlet_code": "SH-PD-0001",
         *       "program_code": "P-TAICHI",
         *       "member_ref": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *       "age_group": "senior",
         *       "checked_in_at": "2026-09-05T07:58:12+08:00",
         *       "duration_minutes": 60,
         *       "source": "staff"
         *     }
         * @example {
         *       "participation_id": "par_01JD1A2B3C4D5E6F7G8H9J0K1N",
         *       "session_id": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "session_external_id": null,
         *       "outlet_code": "SH-PD-0001",
         *       "program_code": "P-TAICHI",
         *       "member_ref": "psn_5QJ2M8XK4R7T1V9W3Y6Z0A8B",
         *       "age_group": null,
         *       "checked_in_at": "2026-09-05T08:03:40+08:00",
         *       "duration_minutes": null,
         *       "source": "qr"
         *     }
         */
        ParticipationExportRow: {
            /** @description Participation id. */
            participation_id: string;
            /** @description Session id. */
            session_id: string;
            /** @description The session's externalId; null when it has none. */
            session_external_id: string | null;
            /** @description The outlet's code, e.g. `SH-PD-0001`. */
            outlet_code: string;
            /** @description The session's program code, e.g. `P-TAICHI`. */
            program_code: string;
            /**
             * @description The member id (`mem_…`); when exporting for a partner (`partnerId`), an opaque HMAC pseudonym that is
             *     stable per partner and member, unless that partner's agreement allows identifiers.
             */
            member_ref: string;
            /**
             * @description The member's age group (`child` <12, `youth` 12–17, `adult` 18–59, `senior` ≥60); null when unknown or not covered by the partner's agreement.
             * @enum {string|null}
             */
            age_group: "child" | "youth" | "adult" | "senior" | null;
            /**
             * Format: date-time
             * @description When the member checked in, with the outlet's offset.
             */
            checked_in_at: string;
            /** @description Minutes taken part; null when not recorded. */
            duration_minutes: number | null;
            source: components["schemas"]["ParticipationSource"];
        };
        /**
         * @description The last line of an NDJSON export. A stream that ends without it was cut off and must be discarded.
         *     `count` is the number of data lines before it; `watermark` equals the `Sporthub-Watermark` header and is
         *     the `afterWatermark` of the next incremental export.
         * @example {
         *       "_trailer": {
         *         "count": 2,
         *         "watermark": "0000000000184467"
         *       }
         *     }
         */
        ParticipationExportTrailer: {
            /**
             * @example {
             *       "count": 2,
             *       "watermark": "0000000000184467"
             *     }
             */
            _trailer: {
                /** @description Number of data rows in the export. */
                count: number;
                /** @description The snapshot's watermark (opaque). */
                watermark: string;
            };
        };
        /**
         * @description What was measured, with its UCUM unit (`unit` is always this one): `weight` kg · `height` cm · `bmi`
         *     kg/m2 · `heart_rate` /min · `resting_heart_rate` /min · `blood_pressure` mm[Hg] (value
         *     `{systolic, diastolic}`) · `steps` /d (steps per day) · `mvpa_minutes_per_week` min/wk (moderate to
         *     vigorous physical activity) · `grip_strength` kg. SPEC §6.5 maps each to LOINC for FHIR exports.
         * @enum {string}
         */
        HealthMeasurementType: "weight" | "height" | "bmi" | "heart_rate" | "resting_heart_rate" | "blood_pressure" | "steps" | "mvpa_minutes_per_week" | "grip_strength";
        /**
         * @description A blood pressure reading in mm[Hg].
         * @example {
         *       "systolic": 128,
         *       "diastolic": 82
         *     }
         */
        HealthBloodPressureValue: {
            /** @description Systolic pressure, mm[Hg] (LOINC 8480-6). */
            systolic: number;
            /** @description Diastolic pressure, mm[Hg] (LOINC 8462-4). */
            diastolic: number;
        };
        /**
         * @description The UCUM unit of a measurement; fixed by its type (see `HealthMeasurementType`).
         * @enum {string}
         */
        HealthMeasurementUnit: "kg" | "cm" | "kg/m2" | "/min" | "mm[Hg]" | "/d" | "min/wk";
        /**
         * @description Who took the measurement: `staff` at an outlet, a connected `device`, the member (`self`), or a `partner` (e.g. a clinic).
         * @enum {string}
         */
        HealthMeasurementSource: "staff" | "device" | "self" | "partner";
        /**
         * @description One health measurement of a member, taken at an outlet. Measurements are not edited; delete and record again.
         * @example {
         *       "id": "msr_01JD1B7T5V3X9Z2A4C6E8G0J1K",
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "type": "blood_pressure",
         *       "value": {
         *         "systolic": 128,
         *         "diastolic": 82
         *       },
         *       "unit": "mm[Hg]",
         *       "measuredAt": "2026-09-05T09:12:00+08:00",
         *       "source": "staff",
         *       "createdAt": "2026-09-05T09:12:31+08:00"
         *     }
         * @example {
         *       "id": "msr_01JD1B7T5V3X9Z2A4C6E8G0J1M",
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "type": "grip_strength",
         *       "value": 27.5,
         *       "unit": "kg",
         *       "measuredAt": "2026-09-05T09:15:00+08:00",
         *       "source": "device",
         *       "createdAt": "2026-09-05T09:15:02+08:00"
         *     }
         */
        HealthMeasurement: {
            /** @description Measurement id. */
            id: string;
            /** @description The member measured. */
            memberId: string;
            /** @description The outlet where it was measured or recorded. */
            outletId: string;
            type: components["schemas"]["HealthMeasurementType"];
            /** @description A number in `unit`, or `{systolic, diastolic}` when `type` is `blood_pressure`. */
            value: number | components["schemas"]["HealthBloodPressureValue"];
            unit: components["schemas"]["HealthMeasurementUnit"];
            /**
             * Format: date-time
             * @description When it was measured.
             */
            measuredAt: string;
            source: components["schemas"]["HealthMeasurementSource"];
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description One page of health measurements, ordered by id.
         * @example {
         *       "data": [
         *         {
         *           "id": "msr_01JD1B7T5V3X9Z2A4C6E8G0J1M",
         *           "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *           "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "type": "grip_strength",
         *           "value": 27.5,
         *           "unit": "kg",
         *           "measuredAt": "2026-09-05T09:15:00+08:00",
         *           "source": "device",
         *           "createdAt": "2026-09-05T09:15:02+08:00"
         *         }
         *       ],
         *       "nextCursor": "bXNyXzAxSkQxQjdUNVYzWDlaMkE0QzZFOEcwSjFN"
         *     }
         */
        HealthMeasurementPage: {
            data: components["schemas"]["HealthMeasurement"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A measurement to record. `value` is `{systolic, diastolic}` for `blood_pressure` and a number for every
         *     other type; `unit`, when sent, must be the type's UCUM unit (it is filled in otherwise).
         * @example {
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "type": "blood_pressure",
         *       "value": {
         *         "systolic": 128,
         *         "diastolic": 82
         *       },
         *       "measuredAt": "2026-09-05T09:12:00+08:00"
         *     }
         * @example {
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "type": "weight",
         *       "value": 63.4,
         *       "unit": "kg",
         *       "source": "device"
         *     }
         */
        HealthMeasurementCreate: {
            /** @description The member measured. */
            memberId: string;
            /** @description The outlet where it was measured or recorded. */
            outletId: string;
            type: components["schemas"]["HealthMeasurementType"];
            /** @description A number in the type's unit, or `{systolic, diastolic}` for `blood_pressure`. */
            value: number | components["schemas"]["HealthBloodPressureValue"];
            unit?: components["schemas"]["HealthMeasurementUnit"];
            /**
             * Format: date-time
             * @description When it was measured; defaults to the time the server receives the request.
             */
            measuredAt?: string;
            /** @default staff */
            source?: components["schemas"]["HealthMeasurementSource"];
        };
        /**
         * @description A rating of a session or an outlet, optionally by a known member.
         * @example {
         *       "id": "fbk_01JD1C3D5F7H9K1M3P5R7T9V2W",
         *       "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *       "rating": 5,
         *       "nps": 9,
         *       "comment": "王教练讲解很耐心，希望周末也能开太极课。",
         *       "createdAt": "2026-09-05T09:30:00+08:00"
         *     }
         * @example {
         *       "id": "fbk_01JD1C3D5F7H9K1M3P5R7T9V2X",
         *       "sessionId": null,
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "memberId": null,
         *       "rating": 3,
         *       "nps": null,
         *       "comment": null,
         *       "createdAt": "2026-09-06T18:02:00+08:00"
         *     }
         */
        Feedback: {
            /** @description Feedback id. */
            id: string;
            /** @description The session rated; null for feedback on the outlet as a whole. */
            sessionId: string | null;
            /** @description The outlet (the session's outlet when `sessionId` is set). */
            outletId: string;
            /** @description The member who gave it; null when anonymous. */
            memberId: string | null;
            /** @description Satisfaction, 1 (poor) to 5 (excellent). */
            rating: number;
            /** @description How likely to recommend, 0–10 (Net Promoter Score answer); null when not asked or not answered. */
            nps: number | null;
            /** @description Free text; null when none. */
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description One page of feedback, ordered by id (newest last).
         * @example {
         *       "data": [
         *         {
         *           "id": "fbk_01JD1C3D5F7H9K1M3P5R7T9V2X",
         *           "sessionId": null,
         *           "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "memberId": null,
         *           "rating": 3,
         *           "nps": null,
         *           "comment": null,
         *           "createdAt": "2026-09-06T18:02:00+08:00"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        FeedbackPage: {
            data: components["schemas"]["Feedback"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description Feedback to record: on a session (`sessionId`; the outlet is taken from it) or on an outlet
         *     (`outletId`). At least one of them is required; when both are sent they must agree.
         * @example {
         *       "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E",
         *       "rating": 5,
         *       "nps": 9,
         *       "comment": "王教练讲解很耐心，希望周末也能开太极课。"
         *     }
         * @example {
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "rating": 4
         *     }
         */
        FeedbackCreate: {
            /** @description The session rated. */
            sessionId?: string;
            /** @description The outlet rated (taken from the session when omitted). */
            outletId?: string;
            /** @description The member giving it; omit for anonymous feedback. */
            memberId?: string;
            /** @description Satisfaction, 1 (poor) to 5 (excellent). */
            rating: number;
            /** @description How likely to recommend, 0–10. */
            nps?: number | null;
            /** @description Free text. */
            comment?: string | null;
        };
        /**
         * @description What the report covers. Exactly one of `outletId` (kind `outlet`) or `district` (kind `district`) is set.
         * @example {
         *       "kind": "outlet",
         *       "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "outletCode": "SH-PD-0001",
         *       "outletName": "浦东世纪大道体育服务点",
         *       "district": "浦东新区",
         *       "outletCount": 1,
         *       "timezone": "Asia/Shanghai"
         *     }
         * @example {
         *       "kind": "district",
         *       "outletId": null,
         *       "outletCode": null,
         *       "outletName": null,
         *       "district": "浦东新区",
         *       "outletCount": 12,
         *       "timezone": "Asia/Shanghai"
         *     }
         */
        HealthIndexScope: {
            /**
             * @description One outlet, or every outlet of a district.
             * @enum {string}
             */
            kind: "outlet" | "district";
            /** @description The outlet (kind `outlet`); null for a district. */
            outletId: string | null;
            /** @description The outlet's code (kind `outlet`); null for a district. */
            outletCode: string | null;
            /** @description The outlet's display name (kind `outlet`), for report titles; null for a district. */
            outletName: string | null;
            /** @description The district (kind `district`; for an outlet, its district when known, else null). */
            district: string | null;
            /** @description How many outlets the report covers (1 for an outlet). */
            outletCount: number;
            /** @description IANA time zone the period's dates are read in (the outlet's; `Asia/Shanghai` for a district). */
            timezone: string;
        };
        /**
         * @description A reporting period of whole local days, both dates inclusive.
         * @example {
         *       "label": "2026-Q3",
         *       "kind": "quarter",
         *       "from": "2026-07-01",
         *       "to": "2026-09-30"
         *     }
         */
        HealthIndexPeriod: {
            /** @description `2026-Q3` (a quarter) or `2026-09` (a month). */
            label: string;
            /**
             * @description Whether the period is a quarter or a month.
             * @enum {string}
             */
            kind: "quarter" | "month";
            /**
             * Format: date
             * @description First day (inclusive).
             */
            from: string;
            /**
             * Format: date
             * @description Last day (inclusive).
             */
            to: string;
        };
        /**
         * @description Participation of one age group in the period. Cells of fewer than `suppressionThreshold` people are
         *     suppressed: the counts and the rate are null and `suppressed` is true.
         * @example {
         *       "ageGroup": "senior",
         *       "activeMembers": 186,
         *       "participations": 1422,
         *       "rate": 7.65,
         *       "suppressed": false
         *     }
         * @example {
         *       "ageGroup": "child",
         *       "activeMembers": null,
         *       "participations": null,
         *       "rate": null,
         *       "suppressed": true
         *     }
         */
        HealthIndexAgeGroupRate: {
            /**
             * @description `child` <12, `youth` 12–17, `adult` 18–59, `senior` ≥60, `unknown` (no birth year or grade).
             * @enum {string}
             */
            ageGroup: "child" | "youth" | "adult" | "senior" | "unknown";
            /** @description Members of this age group with at least one participation in the period; null when suppressed. */
            activeMembers: number | null;
            /** @description Their participations in the period; null when suppressed. */
            participations: number | null;
            /** @description `participations ÷ activeMembers`: average participations per active member of the group in the period; null when suppressed or when there are no active members. */
            rate: number | null;
            /** @description True when the cell is hidden because it counts fewer than `suppressionThreshold` people (or to protect such a cell). */
            suppressed: boolean;
        };
        /**
         * @description Feedback received in the period for the scope.
         * @example {
         *       "responses": 214,
         *       "averageRating": 4.62,
         *       "npsResponses": 173,
         *       "nps": 58.4
         *     }
         */
        HealthIndexSatisfaction: {
            /** @description Feedback entries in the period. */
            responses: number;
            /** @description Mean rating (1–5), rounded to 2 decimals; null when fewer than `suppressionThreshold` responses. */
            averageRating: number | null;
            /** @description Responses that answered the 0–10 recommendation question. */
            npsResponses: number;
            /** @description Net Promoter Score (% promoters 9–10 minus % detractors 0–6), −100 to 100; null when fewer than `suppressionThreshold` answers. */
            nps: number | null;
        };
        /**
         * @description How one measurement moved over the period among the members measured at least twice in it: the mean of
         *     each member's first value, the mean of their last value, and the difference. Blood pressure appears twice,
         *     once per `component`. Suppressed (null values) when fewer than `suppressionThreshold` members qualify.
         * @example {
         *       "type": "blood_pressure",
         *       "component": "systolic",
         *       "unit": "mm[Hg]",
         *       "members": 64,
         *       "averageStart": 138.2,
         *       "averageEnd": 133.9,
         *       "change": -4.3,
         *       "suppressed": false
         *     }
         * @example {
         *       "type": "grip_strength",
         *       "component": null,
         *       "unit": "kg",
         *       "members": null,
         *       "averageStart": null,
         *       "averageEnd": null,
         *       "change": null,
         *       "suppressed": true
         *     }
         */
        HealthIndexMeasurementTrend: {
            type: components["schemas"]["HealthMeasurementType"];
            /**
             * @description The blood pressure component; null for every other type.
             * @enum {string|null}
             */
            component: "systolic" | "diastolic" | null;
            unit: components["schemas"]["HealthMeasurementUnit"];
            /** @description Members measured at least twice in the period; null when suppressed. */
            members: number | null;
            /** @description Mean of each member's first value in the period, in `unit`; null when suppressed. */
            averageStart: number | null;
            /** @description Mean of each member's last value in the period, in `unit`; null when suppressed. */
            averageEnd: number | null;
            /** @description `averageEnd − averageStart`, in `unit`; null when suppressed. */
            change: number | null;
            /** @description True when fewer than `suppressionThreshold` members qualify. */
            suppressed: boolean;
        };
        /**
         * @description The headline figures of the previous period, for comparison.
         * @example {
         *       "activeMembers": 402,
         *       "participations": 2710,
         *       "repeatRate": 0.58
         *     }
         */
        HealthIndexPreviousTotals: {
            /** @description Members with at least one participation in the previous period. */
            activeMembers: number;
            /** @description Participations in the previous period. */
            participations: number;
            /** @description Share of those members who took part at least twice; null when suppressed. */
            repeatRate: number | null;
        };
        /**
         * @description The community health-index report of one outlet or district for one period (SPEC §3), computed on
         *     request from participation, members' age groups, feedback and health measurements. Everything a
         *     renderer needs is here: labels, dates, the previous period for comparison and the suppression rule.
         *     Counts of people below `suppressionThreshold` (SPEC §6.7) are suppressed, and when exactly one age
         *     group is suppressed the next smallest is too, so no hidden cell can be recovered from the totals.
         * @example {
         *       "scope": {
         *         "kind": "outlet",
         *         "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *         "outletCode": "SH-PD-0001",
         *         "outletName": "浦东世纪大道体育服务点",
         *         "district": "浦东新区",
         *         "outletCount": 1,
         *         "timezone": "Asia/Shanghai"
         *       },
         *       "period": {
         *         "label": "2026-Q3",
         *         "kind": "quarter",
         *         "from": "2026-07-01",
         *         "to": "2026-09-30"
         *       },
         *       "previousPeriod": {
         *         "label": "2026-Q2",
         *         "kind": "quarter",
         *         "from": "2026-04-01",
         *         "to": "2026-06-30"
         *       },
         *       "activeMembers": 455,
         *       "participations": 3127,
         *       "participationRateByAgeGroup": [
         *         {
         *           "ageGroup": "child",
         *           "activeMembers": 38,
         *           "participations": 152,
         *           "rate": 4,
         *           "suppressed": false
         *         },
         *         {
         *           "ageGroup": "youth",
         *           "activeMembers": null,
         *           "participations": null,
         *           "rate": null,
         *           "suppressed": true
         *         },
         *         {
         *           "ageGroup": "adult",
         *           "activeMembers": 203,
         *           "participations": 1180,
         *           "rate": 5.81,
         *           "suppressed": false
         *         },
         *         {
         *           "ageGroup": "senior",
         *           "activeMembers": 186,
         *           "participations": 1422,
         *           "rate": 7.65,
         *           "suppressed": false
         *         },
         *         {
         *           "ageGroup": "unknown",
         *           "activeMembers": null,
         *           "participations": null,
         *           "rate": null,
         *           "suppressed": true
         *         }
         *       ],
         *       "repeatRate": 0.61,
         *       "satisfaction": {
         *         "responses": 214,
         *         "averageRating": 4.62,
         *         "npsResponses": 173,
         *         "nps": 58.4
         *       },
         *       "measurementTrends": [
         *         {
         *           "type": "weight",
         *           "component": null,
         *           "unit": "kg",
         *           "members": 97,
         *           "averageStart": 64.8,
         *           "averageEnd": 63.9,
         *           "change": -0.9,
         *           "suppressed": false
         *         },
         *         {
         *           "type": "blood_pressure",
         *           "component": "systolic",
         *           "unit": "mm[Hg]",
         *           "members": 64,
         *           "averageStart": 138.2,
         *           "averageEnd": 133.9,
         *           "change": -4.3,
         *           "suppressed": false
         *         },
         *         {
         *           "type": "blood_pressure",
         *           "component": "diastolic",
         *           "unit": "mm[Hg]",
         *           "members": 64,
         *           "averageStart": 86.1,
         *           "averageEnd": 83.7,
         *           "change": -2.4,
         *           "suppressed": false
         *         },
         *         {
         *           "type": "grip_strength",
         *           "component": null,
         *           "unit": "kg",
         *           "members": null,
         *           "averageStart": null,
         *           "averageEnd": null,
         *           "change": null,
         *           "suppressed": true
         *         }
         *       ],
         *       "previous": {
         *         "activeMembers": 402,
         *         "participations": 2710,
         *         "repeatRate": 0.58
         *       },
         *       "suppressionThreshold": 5,
         *       "generatedAt": "2026-10-08T09:00:00+08:00"
         *     }
         */
        HealthIndexReport: {
            scope: components["schemas"]["HealthIndexScope"];
            period: components["schemas"]["HealthIndexPeriod"];
            previousPeriod: components["schemas"]["HealthIndexPeriod"];
            /** @description Distinct members with at least one participation in the period. */
            activeMembers: number;
            /** @description Participation records (check-ins) in the period. */
            participations: number;
            /** @description One entry per age group, always all five, in the order child, youth, adult, senior, unknown. */
            participationRateByAgeGroup: components["schemas"]["HealthIndexAgeGroupRate"][];
            /** @description Share (0–1) of active members who took part at least twice in the period; null when `activeMembers` is below `suppressionThreshold`. */
            repeatRate: number | null;
            satisfaction: components["schemas"]["HealthIndexSatisfaction"];
            /** @description One entry per measurement type (and blood pressure component) measured in the period, in `HealthMeasurementType` order; types nobody was measured for are left out. */
            measurementTrends: components["schemas"]["HealthIndexMeasurementTrend"][];
            previous: components["schemas"]["HealthIndexPreviousTotals"];
            /** @description Cells counting fewer people than this are suppressed (5, SPEC §6.7). */
            suppressionThreshold: number;
            /**
             * Format: date-time
             * @description When the report was computed (a report of the current period covers data up to this moment).
             */
            generatedAt: string;
        };
        /**
         * @description What kind of organization the partner is.
         * @enum {string}
         */
        PartnerKind: "clinic" | "school" | "senior_center" | "government" | "enterprise" | "community_committee";
        /**
         * @description A contact person at the partner.
         * @example {
         *       "name": "王丽华",
         *       "role": "全科医生",
         *       "email": "wanglihua@xhcsc.example.cn",
         *       "phone": "021-64381234"
         *     }
         */
        PartnerContact: {
            /** @description Full name. */
            name: string;
            /** @description Job title or role, e.g. 社区卫生服务中心主任. */
            role: string | null;
            /** Format: email */
            email: string | null;
            /** @description Phone number as written, e.g. 021-64381234. */
            phone: string | null;
        };
        /**
         * @description An organization the platform works with and may share data with under an agreement.
         * @example {
         *       "id": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
         *       "code": "XH-CHC-01",
         *       "kind": "clinic",
         *       "name": "徐汇区斜土街道社区卫生服务中心",
         *       "outletIds": [
         *         "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6T"
         *       ],
         *       "contacts": [
         *         {
         *           "name": "王丽华",
         *           "role": "全科医生",
         *           "email": "wanglihua@xhcsc.example.cn",
         *           "phone": "021-64381234"
         *         }
         *       ],
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-01T08:00:00+08:00",
         *       "revision": 1
         *     }
         */
        Partner: {
            /** @description Partner id. */
            id: string;
            /** @description Natural key, unique per organization, e.g. `XH-CHC-01`. */
            code: string;
            kind: components["schemas"]["PartnerKind"];
            /** @description Display name. */
            name: string;
            /** @description Outlets the partner works with. */
            outletIds: string[];
            contacts: components["schemas"]["PartnerContact"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description One page of partners, ordered by id.
         * @example {
         *       "data": [],
         *       "nextCursor": null
         *     }
         */
        PartnerPage: {
            data: components["schemas"]["Partner"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A contact person as written; only `name` is required.
         * @example {
         *       "name": "王丽华",
         *       "role": "全科医生",
         *       "phone": "021-64381234"
         *     }
         */
        PartnerContactInput: {
            name: string;
            role?: string | null;
            /** Format: email */
            email?: string | null;
            phone?: string | null;
        };
        /**
         * @description A partner to create. A taken `code` answers 409.
         * @example {
         *       "code": "XH-CHC-01",
         *       "kind": "clinic",
         *       "name": "徐汇区斜土街道社区卫生服务中心",
         *       "outletIds": [
         *         "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6T"
         *       ],
         *       "contacts": [
         *         {
         *           "name": "王丽华",
         *           "role": "全科医生",
         *           "phone": "021-64381234"
         *         }
         *       ]
         *     }
         * @example {
         *       "code": "PD-SCH-0007",
         *       "kind": "school",
         *       "name": "上海市浦东新区明珠小学"
         *     }
         */
        PartnerCreate: {
            /** @description Natural key, unique per organization. */
            code: string;
            kind: components["schemas"]["PartnerKind"];
            name: string;
            /** @description Outlets the partner works with (unknown ids answer 422). */
            outletIds?: string[];
            contacts?: components["schemas"]["PartnerContactInput"][];
        };
        /**
         * @description A partial update. `outletIds` and `contacts`, when sent, are the complete lists.
         * @example {
         *       "name": "徐汇区斜土街道社区卫生服务中心（康复科）"
         *     }
         * @example {
         *       "outletIds": [
         *         "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6T",
         *         "out_01JD0Z8Q3W5XKJ5V7J9C2N4M72"
         *       ]
         *     }
         */
        PartnerUpdate: {
            code?: string;
            kind?: components["schemas"]["PartnerKind"];
            name?: string;
            outletIds?: string[];
            contacts?: components["schemas"]["PartnerContactInput"][];
        };
        /**
         * @description What an agreement allows: `participation:aggregate` (counts only), `participation:individual`
         *     (per-member participation rows), `health:observations` (measurements, as FHIR Observations),
         *     `roster:import` (the partner may import school rosters), `referrals:import` (the partner may send
         *     referrals).
         * @enum {string}
         */
        DataSharingScope: "participation:aggregate" | "participation:individual" | "health:observations" | "roster:import" | "referrals:import";
        /**
         * @description A participation export column (SPEC §6.3) an agreement may allow.
         * @enum {string}
         */
        DataSharingField: "participation_id" | "session_id" | "session_external_id" | "outlet_code" | "program_code" | "member_ref" | "age_group" | "checked_in_at" | "duration_minutes" | "source";
        /**
         * @description What a partner may receive or send, and how. An agreement is in force from `validFrom` to `validTo`
         *     (inclusive dates in the organization's default time zone) unless revoked. Agreements are not edited:
         *     revoke one and create another.
         * @example {
         *       "id": "dsa_01JD0Z8Q3W5XKJ5V7J9C2N4M6Z",
         *       "partnerId": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
         *       "scopes": [
         *         "participation:individual",
         *         "referrals:import"
         *       ],
         *       "requiresConsent": true,
         *       "pseudonymize": true,
         *       "fields": [
         *         "participation_id",
         *         "outlet_code",
         *         "program_code",
         *         "member_ref",
         *         "age_group",
         *         "checked_in_at",
         *         "duration_minutes"
         *       ],
         *       "validFrom": "2026-09-01",
         *       "validTo": "2027-08-31",
         *       "revokedAt": null,
         *       "createdAt": "2026-08-28T15:30:00+08:00"
         *     }
         */
        DataSharingAgreement: {
            /** @description Agreement id. */
            id: string;
            /** @description The partner it is with. */
            partnerId: string;
            scopes: components["schemas"]["DataSharingScope"][];
            /** @description Share a member's individual data only with their consent for this partner (a guardian's for an under-14). */
            requiresConsent: boolean;
            /** @description Replace member ids with a per-partner HMAC pseudonym (`member_ref`). */
            pseudonymize: boolean;
            /** @description The export columns the partner may receive; null = all columns. */
            fields: components["schemas"]["DataSharingField"][] | null;
            /**
             * Format: date
             * @description First day in force.
             */
            validFrom: string;
            /**
             * Format: date
             * @description Last day in force; null = open-ended.
             */
            validTo: string | null;
            /**
             * Format: date-time
             * @description When it was revoked; null while not revoked.
             */
            revokedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description One page of a partner's agreements (revoked ones included), ordered by id.
         * @example {
         *       "data": [
         *         {
         *           "id": "dsa_01JD0Z8Q3W5XKJ5V7J9C2N4M6Z",
         *           "partnerId": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
         *           "scopes": [
         *             "participation:aggregate"
         *           ],
         *           "requiresConsent": false,
         *           "pseudonymize": true,
         *           "fields": null,
         *           "validFrom": "2026-09-01",
         *           "validTo": null,
         *           "revokedAt": null,
         *           "createdAt": "2026-08-28T15:30:00+08:00"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        DataSharingAgreementPage: {
            data: components["schemas"]["DataSharingAgreement"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description An agreement to create for the partner in the path.
         * @example {
         *       "scopes": [
         *         "participation:individual",
         *         "referrals:import"
         *       ],
         *       "requiresConsent": true,
         *       "pseudonymize": true,
         *       "fields": [
         *         "participation_id",
         *         "outlet_code",
         *         "program_code",
         *         "member_ref",
         *         "age_group",
         *         "checked_in_at",
         *         "duration_minutes"
         *       ],
         *       "validFrom": "2026-09-01",
         *       "validTo": "2027-08-31"
         *     }
         * @example {
         *       "scopes": [
         *         "participation:aggregate"
         *       ],
         *       "validFrom": "2026-09-01"
         *     }
         */
        DataSharingAgreementCreate: {
            scopes: components["schemas"]["DataSharingScope"][];
            /**
             * @description Share individual data only with the member's (or guardian's) consent.
             * @default true
             */
            requiresConsent?: boolean;
            /**
             * @description Replace member ids with a per-partner pseudonym.
             * @default true
             */
            pseudonymize?: boolean;
            /** @description The export columns the partner may receive; omit or null for all. */
            fields?: components["schemas"]["DataSharingField"][] | null;
            /**
             * Format: date
             * @description First day in force.
             */
            validFrom: string;
            /**
             * Format: date
             * @description Last day in force (not before `validFrom`); omit or null for open-ended.
             */
            validTo?: string | null;
        };
        /**
         * @description One health measurement as a partner may receive it (scope `health:observations`).
         * @example {
         *       "id": "msr_01JD1B7T5V3X9Z2A4C6E8G0J1K",
         *       "memberRef": "psn_Q2x8dV0bZk1mT4rW9yH3nL6pA7",
         *       "type": "blood_pressure",
         *       "value": {
         *         "systolic": 128,
         *         "diastolic": 82
         *       },
         *       "unit": "mm[Hg]",
         *       "measuredAt": "2026-09-05T09:12:00+08:00"
         *     }
         */
        HealthMeasurementShare: {
            /** @description Measurement id (lets the partner recognise a record it already has). */
            id: string;
            /**
             * @description The partner's pseudonym of the member (`psn_…`, stable per partner, different between
             *     partners), or the member id when the agreement sets `pseudonymize: false`.
             */
            memberRef: string;
            type: components["schemas"]["HealthMeasurementType"];
            /** @description A number in `unit`, or `{systolic, diastolic}` when `type` is `blood_pressure`. */
            value: number | components["schemas"]["HealthBloodPressureValue"];
            unit: components["schemas"]["HealthMeasurementUnit"];
            /**
             * Format: date-time
             * @description When it was measured.
             */
            measuredAt: string;
        };
        /**
         * @description Records this call passed over, by reason (counts only, never who). In the health-measurement and
         *     attendance feeds the cursor moves past withheld records too: consent covers shares from the moment
         *     it is given, so a later consent does not release earlier records.
         * @example {
         *       "noConsent": 3,
         *       "guardianConsentRequired": 1,
         *       "erased": 0
         *     }
         */
        ShareWithheld: {
            /** @description The member has no valid consent naming this partner and purpose. */
            noConsent: number;
            /** @description The member is (or may be) under 14 and only has their own consent, not a guardian's. */
            guardianConsentRequired: number;
            /** @description The member was erased (PIPL). */
            erased: number;
        };
        /**
         * @description Health measurements recorded after `after` (in commit order), of members whose
         *     `health_data_sharing` consent for this partner is valid now. `nextCursor` is the position this
         *     page reached, also when every record on it was withheld: pass it as `after` for the next page, and
         *     keep the last one for the next run. Chained calls neither miss nor repeat a record.
         * @example {
         *       "data": [
         *         {
         *           "id": "msr_01JD1B7T5V3X9Z2A4C6E8G0J1M",
         *           "memberRef": "psn_Q2x8dV0bZk1mT4rW9yH3nL6pA7",
         *           "type": "weight",
         *           "value": 61.5,
         *           "unit": "kg",
         *           "measuredAt": "2026-09-05T09:15:00+08:00"
         *         }
         *       ],
         *       "nextCursor": "0000000000000042",
         *       "hasMore": false,
         *       "withheld": {
         *         "noConsent": 2,
         *         "guardianConsentRequired": 0,
         *         "erased": 0
         *       }
         *     }
         */
        HealthMeasurementSharePage: {
            data: components["schemas"]["HealthMeasurementShare"][];
            /** @description The position reached; pass it as `after`. */
            nextCursor: string;
            /** @description More records are already waiting after `nextCursor`; call again now. */
            hasMore: boolean;
            withheld: components["schemas"]["ShareWithheld"];
        };
        /**
         * @description One attendance of a member referred by this partner (an enrollment with source `referral` in the
         *     partner's `referral_cohort` group), at a session of the program they were referred to.
         * @example {
         *       "id": "par_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q",
         *       "memberRef": "psn_Q2x8dV0bZk1mT4rW9yH3nL6pA7",
         *       "referralId": "sr-2026-000871",
         *       "programCode": "P-WALK",
         *       "outletCode": "SH-PD-0001",
         *       "checkedInAt": "2026-09-05T09:10:00+08:00",
         *       "durationMinutes": 60
         *     }
         */
        ReferralAttendanceShare: {
            /** @description Participation record id. */
            id: string;
            /** @description The partner's pseudonym of the member, or the member id when the agreement allows identifiers. */
            memberRef: string;
            /** @description The partner's own referral id (the enrollment's `referenceId`, e.g. a FHIR ServiceRequest id). */
            referralId: string;
            /** @description The program attended. */
            programCode: string;
            /** @description Where. */
            outletCode: string;
            /**
             * Format: date-time
             * @description Check-in time, with the outlet's offset.
             */
            checkedInAt: string;
            /** @description How long, when recorded. */
            durationMinutes: number | null;
        };
        /**
         * @description Attendance recorded or changed after `after` (commit order) of members referred by this partner whose
         *     `participation_sharing` consent for it is valid now. Cursor rules as for health measurement shares.
         * @example {
         *       "data": [
         *         {
         *           "id": "par_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q",
         *           "memberRef": "psn_Q2x8dV0bZk1mT4rW9yH3nL6pA7",
         *           "referralId": "sr-2026-000871",
         *           "programCode": "P-WALK",
         *           "outletCode": "SH-PD-0001",
         *           "checkedInAt": "2026-09-05T09:10:00+08:00",
         *           "durationMinutes": null
         *         }
         *       ],
         *       "nextCursor": "0000000000000057",
         *       "hasMore": false,
         *       "withheld": {
         *         "noConsent": 0,
         *         "guardianConsentRequired": 1,
         *         "erased": 0
         *       }
         *     }
         */
        ReferralAttendanceSharePage: {
            data: components["schemas"]["ReferralAttendanceShare"][];
            /** @description The position reached; pass it as `after`. */
            nextCursor: string;
            /** @description More records are already waiting after `nextCursor`; call again now. */
            hasMore: boolean;
            withheld: components["schemas"]["ShareWithheld"];
        };
        /**
         * @description One student's participation totals, for a school's PE reporting (SPEC §6.6).
         * @example {
         *       "memberRef": "psn_Q2x8dV0bZk1mT4rW9yH3nL6pA7",
         *       "sourcedId": null,
         *       "classCodes": [
         *         "G5-2"
         *       ],
         *       "participations": 6,
         *       "totalMinutes": 270,
         *       "firstCheckedInAt": "2026-09-02T16:00:00+08:00",
         *       "lastCheckedInAt": "2026-09-27T16:05:00+08:00"
         *     }
         */
        StudentParticipationShare: {
            /** @description The school's pseudonym of the student, or the member id when the agreement allows identifiers. */
            memberRef: string;
            /** @description The school's own OneRoster sourcedId (the member's externalId); null unless the agreement allows identifiers. */
            sourcedId: string | null;
            /** @description Codes of the school's classes (groups of kind `school_class`) the student belongs to. */
            classCodes: string[];
            /** @description Check-ins in the period. */
            participations: number;
            /** @description Sum of recorded durations in the period. */
            totalMinutes: number;
            /**
             * Format: date-time
             * @description First check-in in the period; null when none.
             */
            firstCheckedInAt: string | null;
            /**
             * Format: date-time
             * @description Last check-in in the period; null when none.
             */
            lastCheckedInAt: string | null;
        };
        /**
         * @description A page of students of the school's classes whose `participation_sharing` consent for it is valid now.
         * @example {
         *       "data": [],
         *       "nextCursor": null,
         *       "withheld": {
         *         "noConsent": 4,
         *         "guardianConsentRequired": 2,
         *         "erased": 0
         *       }
         *     }
         */
        StudentParticipationSharePage: {
            data: components["schemas"]["StudentParticipationShare"][];
            /** @description Pass as `cursor` for the next page; null on the last one. */
            nextCursor: string | null;
            withheld: components["schemas"]["ShareWithheld"];
        };
        /**
         * @description Pseudonyms this partner sent back (e.g. as the patient of a referral), to resolve to members.
         * @example {
         *       "pseudonyms": [
         *         "psn_Q2x8dV0bZk1mT4rW9yH3nL6pA7"
         *       ]
         *     }
         */
        PseudonymResolve: {
            /** @description `psn_…` values issued to this partner. */
            pseudonyms: string[];
        };
        /**
         * @description One pseudonym and the member it stands for (null when it matches none of the partner's).
         * @example {
         *       "pseudonym": "psn_Q2x8dV0bZk1mT4rW9yH3nL6pA7",
         *       "memberId": "mem_01JD0Z9R4X6YKM8W0A2B3C4D5E"
         *     }
         */
        PseudonymMatch: {
            pseudonym: string;
            /** @description The member id, or null. */
            memberId: string | null;
        };
        /**
         * @description One match per pseudonym sent, in the same order.
         * @example {
         *       "data": [
         *         {
         *           "pseudonym": "psn_Q2x8dV0bZk1mT4rW9yH3nL6pA7",
         *           "memberId": null
         *         }
         *       ]
         *     }
         */
        PseudonymResolution: {
            data: components["schemas"]["PseudonymMatch"][];
        };
        /**
         * @description `disabled` endpoints get no deliveries. The server disables an endpoint by itself after a day of
         *     failed attempts or when it answers 410; set `enabled` again to resume.
         * @enum {string}
         */
        WebhookEndpointStatus: "enabled" | "disabled";
        /**
         * @description An event type (`participation.recorded`), every type of a resource (`booking.*`), or `*` for all.
         * @example participation.recorded
         * @example booking.*
         * @example *
         */
        WebhookEventFilter: string;
        /**
         * @description A URL that receives events as Standard Webhooks. The signing secret is never returned after
         *     creation or rotation; `secretPrefix` identifies it.
         * @example {
         *       "id": "whe_01JD0Z8Q3W5XKJ5V7J9C2N4M73",
         *       "partnerId": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
         *       "url": "https://his.xhcsc.example.cn/hooks/sporthub",
         *       "events": [
         *         "participation.recorded",
         *         "consent.*"
         *       ],
         *       "status": "enabled",
         *       "description": "斜土街道社区卫生服务中心 转诊随访",
         *       "secretPrefix": "whsec_MfKQ",
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-01T08:00:00+08:00",
         *       "revision": 1
         *     }
         */
        WebhookEndpoint: {
            /** @description Endpoint id. */
            id: string;
            /**
             * @description The partner that owns the endpoint; null for the organization's own systems. For a partner's
             *     endpoint, events about a member (member, consent, booking, participation, enrollment, health
             *     measurement, feedback, group membership) follow the partner's agreement, checked at each attempt
             *     (SPEC §6.7): without an agreement in force granting `participation:individual`
             *     (`health:observations` for health measurements), or without the member's valid consent for the
             *     partner (a guardian's under 14), the delivery is `withheld`; so are events about the member's
             *     relation with someone else (another partner's or the platform's consent, another partner's
             *     group, an enrollment through another partner's group). Otherwise `memberId` becomes
             *     `memberRef` (the partner's pseudonym unless the agreement allows identifiers), a member is sent as
             *     `{memberRef, ageGroup, gender}` (plus id, externalId and displayName when identifiers are allowed),
             *     phone numbers and guardian contacts are never sent, and each attempt is written to the audit log
             *     (`share`).
             */
            partnerId: string | null;
            /**
             * Format: uri
             * @description The HTTPS URL deliveries are POSTed to.
             */
            url: string;
            /** @description The event types delivered. */
            events: components["schemas"]["WebhookEventFilter"][];
            status: components["schemas"]["WebhookEndpointStatus"];
            /** @description Free text. */
            description: string | null;
            /** @description The first 10 characters of the current signing secret, e.g. `whsec_MfKQ`. */
            secretPrefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented on every change; sent as the ETag. */
            revision: number;
        };
        /**
         * @description One page of webhook endpoints, ordered by id.
         * @example {
         *       "data": [],
         *       "nextCursor": null
         *     }
         */
        WebhookEndpointPage: {
            data: components["schemas"]["WebhookEndpoint"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description An endpoint to create. The server generates the secret.
         * @example {
         *       "url": "https://his.xhcsc.example.cn/hooks/sporthub",
         *       "events": [
         *         "participation.recorded",
         *         "consent.*"
         *       ],
         *       "partnerId": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
         *       "description": "斜土街道社区卫生服务中心 转诊随访"
         *     }
         * @example {
         *       "url": "https://ops.example.org/sporthub-events",
         *       "events": [
         *         "*"
         *       ]
         *     }
         */
        WebhookEndpointCreate: {
            /**
             * Format: uri
             * @description An `https://` URL (plain `http://` only for localhost).
             */
            url: string;
            events: components["schemas"]["WebhookEventFilter"][];
            /** @description The partner that owns the endpoint; unknown ids answer 422. */
            partnerId?: string | null;
            description?: string | null;
            /** @default enabled */
            status?: components["schemas"]["WebhookEndpointStatus"];
        };
        /**
         * @description A newly created endpoint with its signing secret, shown only in this response.
         * @example {
         *       "id": "whe_01JD0Z8Q3W5XKJ5V7J9C2N4M73",
         *       "partnerId": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
         *       "url": "https://his.xhcsc.example.cn/hooks/sporthub",
         *       "events": [
         *         "participation.recorded",
         *         "consent.*"
         *       ],
         *       "status": "enabled",
         *       "description": "斜土街道社区卫生服务中心 转诊随访",
         *       "secretPrefix": "whsec_MfKQ",
         *       "secret": "whsec_MfKQ9r8GKYqXSAvZ8WsQ1CB7c2E7Zc6xSnJ7JQ3R2sA=",
         *       "createdAt": "2026-09-01T08:00:00+08:00",
         *       "updatedAt": "2026-09-01T08:00:00+08:00",
         *       "revision": 1
         *     }
         */
        WebhookEndpointWithSecret: {
            /** @description Endpoint id. */
            id: string;
            /** @description The partner that owns the endpoint; null for the organization's own systems. */
            partnerId: string | null;
            /**
             * Format: uri
             * @description The HTTPS URL deliveries are POSTed to.
             */
            url: string;
            events: components["schemas"]["WebhookEventFilter"][];
            status: components["schemas"]["WebhookEndpointStatus"];
            description: string | null;
            /** @description The first 10 characters of `secret`. */
            secretPrefix: string;
            /** @description The signing secret, `whsec_` and the base64 of 32 random bytes. Shown once; store it now. */
            secret: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            revision: number;
        };
        /**
         * @description A partial update. Set `status` to `enabled` to resume a disabled endpoint.
         * @example {
         *       "status": "enabled"
         *     }
         * @example {
         *       "events": [
         *         "participation.recorded",
         *         "consent.*",
         *         "booking.*"
         *       ],
         *       "description": "转诊随访与预约"
         *     }
         */
        WebhookEndpointUpdate: {
            /** Format: uri */
            url?: string;
            events?: components["schemas"]["WebhookEventFilter"][];
            partnerId?: string | null;
            description?: string | null;
            status?: components["schemas"]["WebhookEndpointStatus"];
        };
        /**
         * @description `pending`: queued or retrying; `succeeded`: the endpoint answered 2xx; `failed`: this attempt failed
         *     (see `nextAttemptAt`); `withheld`: not sent, because the endpoint belongs to a partner whose
         *     agreement, or the member's consent checked at that moment, does not allow this event's personal data
         *     (SPEC §6.7).
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "succeeded" | "failed" | "withheld";
        /**
         * @description What happened, as `<resource>.<change>`. Every write commits together with its event, so the feed
         *     and the webhooks never miss one. `webhook.test` is only ever sent by `testWebhookEndpoint` and never
         *     appears in the feed. New types may be added in a minor version; consumers should ignore types they
         *     do not know.
         * @enum {string}
         */
        EventType: "outlet.created" | "outlet.updated" | "outlet.deleted" | "zone.created" | "zone.updated" | "zone.deleted" | "program.created" | "program.updated" | "program.deleted" | "staff.created" | "staff.updated" | "staff.deleted" | "session.created" | "session.updated" | "session.cancelled" | "session.deleted" | "member.created" | "member.updated" | "member.erased" | "member.deleted" | "consent.granted" | "consent.revoked" | "group.created" | "group.updated" | "group.deleted" | "enrollment.created" | "enrollment.updated" | "enrollment.deleted" | "booking.created" | "booking.updated" | "booking.cancelled" | "booking.promoted" | "participation.recorded" | "participation.updated" | "participation.deleted" | "health_measurement.created" | "health_measurement.updated" | "health_measurement.deleted" | "feedback.created" | "feedback.updated" | "feedback.deleted" | "partner.created" | "partner.updated" | "partner.deleted" | "agreement.created" | "agreement.revoked" | "webhook.test";
        /**
         * @description One attempt to deliver one event to one endpoint. Every attempt is recorded.
         * @example {
         *       "id": "whd_01JD0Z8Q3W5XKJ5V7J9C2N4M74",
         *       "endpointId": "whe_01JD0Z8Q3W5XKJ5V7J9C2N4M73",
         *       "eventId": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "eventType": "participation.recorded",
         *       "attempt": 2,
         *       "status": "failed",
         *       "responseCode": 503,
         *       "durationMs": 1240,
         *       "nextAttemptAt": "2026-09-05T09:22:31+08:00",
         *       "createdAt": "2026-09-05T09:13:31+08:00"
         *     }
         */
        WebhookDelivery: {
            /** @description Delivery id. */
            id: string;
            endpointId: string;
            /** @description The event delivered; also the `webhook-id` header. */
            eventId: string;
            eventType: components["schemas"]["EventType"];
            /** @description 1 for the first attempt, +1 per retry or manual redelivery. */
            attempt: number;
            status: components["schemas"]["WebhookDeliveryStatus"];
            /** @description The HTTP status the endpoint answered; null before an answer or on a network error or timeout. */
            responseCode: number | null;
            /** @description How long the attempt took; null while pending. */
            durationMs: number | null;
            /**
             * Format: date-time
             * @description When the next retry is scheduled; null when none is (succeeded, or retries exhausted).
             */
            nextAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description One page of deliveries of an endpoint, newest first.
         * @example {
         *       "data": [
         *         {
         *           "id": "whd_01JD0Z8Q3W5XKJ5V7J9C2N4M75",
         *           "endpointId": "whe_01JD0Z8Q3W5XKJ5V7J9C2N4M73",
         *           "eventId": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "eventType": "participation.recorded",
         *           "attempt": 1,
         *           "status": "succeeded",
         *           "responseCode": 200,
         *           "durationMs": 84,
         *           "nextAttemptAt": null,
         *           "createdAt": "2026-09-05T09:12:31+08:00"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description The new signing secret, shown only in this response. Until `previousSecretExpiresAt` (24 h) every
         *     delivery is signed with both secrets (two `v1,…` values in `webhook-signature`), so receivers can
         *     switch without dropping events.
         * @example {
         *       "endpointId": "whe_01JD0Z8Q3W5XKJ5V7J9C2N4M73",
         *       "secret": "whsec_Zt3nq8b1V0Pp2mXyR6cK4sW9dE5fH7jL0aQ3uN8gT2o=",
         *       "secretPrefix": "whsec_Zt3n",
         *       "previousSecretExpiresAt": "2026-09-11T10:00:00+08:00"
         *     }
         */
        WebhookSecretRotation: {
            endpointId: string;
            /** @description The new signing secret. Shown once; store it now. */
            secret: string;
            /** @description The first 10 characters of `secret`. */
            secretPrefix: string;
            /**
             * Format: date-time
             * @description When the old secret stops being used to sign (24 h after rotation).
             */
            previousSecretExpiresAt: string;
        };
        /**
         * @description One committed change, as the change feed lists it and as every webhook delivers it (Standard
         *     Webhooks payload; the `id` is also the `webhook-id` header and stays the same on every retry).
         * @example {
         *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *       "type": "participation.recorded",
         *       "occurredAt": "2026-09-05T09:12:30+08:00",
         *       "data": {
         *         "id": "par_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q",
         *         "externalId": null,
         *         "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
         *         "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
         *         "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6T",
         *         "checkedInAt": "2026-09-05T09:10:00+08:00",
         *         "durationMinutes": 60,
         *         "source": "qr"
         *       }
         *     }
         * @example {
         *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6V",
         *       "type": "outlet.updated",
         *       "occurredAt": "2026-09-03T10:15:00+08:00",
         *       "data": {
         *         "id": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6T",
         *         "code": "SH-PD-0001",
         *         "name": "浦东世纪大道体育服务点",
         *         "status": "suspended",
         *         "revision": 2
         *       }
         *     }
         */
        Event: {
            /** @description Event id, a ULID that sorts in commit order; the change-feed cursor. */
            id: string;
            type: components["schemas"]["EventType"];
            /**
             * Format: date-time
             * @description When the change committed.
             */
            occurredAt: string;
            /**
             * @description The resource as the API returns it after the change (for `*.deleted` and `member.erased`, the
             *     last state with personal fields blanked). `consent.*` carries the consent record.
             */
            data: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A page of the change feed, in commit order. `nextCursor` is the id of the last event in `data`;
         *     pass it as `after` to continue. It is null only when `data` is empty: keep polling with the same
         *     `after`.
         * @example {
         *       "data": [
         *         {
         *           "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
         *           "type": "consent.granted",
         *           "occurredAt": "2026-09-05T09:00:00+08:00",
         *           "data": {
         *             "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
         *             "partnerId": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
         *             "purpose": "participation_sharing",
         *             "grantedBy": "guardian",
         *             "grantedAt": "2026-09-05T09:00:00+08:00",
         *             "revokedAt": null
         *           }
         *         }
         *       ],
         *       "nextCursor": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
         *     }
         * @example {
         *       "data": [],
         *       "nextCursor": null
         *     }
         */
        EventPage: {
            data: components["schemas"]["Event"][];
            /** @description The id of the last event on this page (pass as `after`); null when the page is empty. */
            nextCursor: string | null;
        };
        /**
         * @description What was done with personal data or access: `share` (data sent to a partner, by webhook or a
         *     partner export), `export` (a participation export), `import` (a roster or referral import from a
         *     partner), `erase` (PIPL deletion), `access` (a personal-data access request), `consent_change` (a
         *     consent granted or revoked), `agreement_change` (a data-sharing agreement created or revoked),
         *     `token_change` (an API token created or revoked).
         * @enum {string}
         */
        AuditAction: "share" | "export" | "import" | "erase" | "access" | "consent_change" | "agreement_change" | "token_change";
        /**
         * @description One entry of the append-only audit log.
         * @example {
         *       "id": "aud_01JD0Z8Q3W5XKJ5V7J9C2N4M6X",
         *       "at": "2026-09-30T18:00:05+08:00",
         *       "actor": "tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6Y",
         *       "action": "export",
         *       "partnerId": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
         *       "memberCount": 412,
         *       "detail": {
         *         "format": "csv",
         *         "from": "2026-09-01",
         *         "to": "2026-09-30",
         *         "agreementId": "dsa_01JD0Z8Q3W5XKJ5V7J9C2N4M6Z",
         *         "pseudonymized": true
         *       }
         *     }
         * @example {
         *       "id": "aud_01JD0Z8Q3W5XKJ5V7J9C2N4M70",
         *       "at": "2026-10-02T11:20:00+08:00",
         *       "actor": "tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6Y",
         *       "action": "erase",
         *       "partnerId": null,
         *       "memberCount": 1,
         *       "detail": {
         *         "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S"
         *       }
         *     }
         */
        AuditEntry: {
            /** @description Audit entry id. */
            id: string;
            /**
             * Format: date-time
             * @description When it happened.
             */
            at: string;
            /** @description The id of the API token (`tok_…`) that made the request, or, for a webhook delivery to a partner, the endpoint (`whe_…`) the data went to. */
            actor: string;
            action: components["schemas"]["AuditAction"];
            /** @description The partner the data went to or came from; null when no partner was involved. */
            partnerId: string | null;
            /** @description How many members' data the action touched. */
            memberCount: number;
            /** @description Action-specific detail (filters of an export, agreement id, fields shared…); never holds personal data. */
            detail: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A page of audit entries, newest last (ordered by id).
         * @example {
         *       "data": [
         *         {
         *           "id": "aud_01JD0Z8Q3W5XKJ5V7J9C2N4M70",
         *           "at": "2026-10-02T11:20:00+08:00",
         *           "actor": "tok_01JD0Z8Q3W5XKJ5V7J9C2N4M6Y",
         *           "action": "erase",
         *           "partnerId": null,
         *           "memberCount": 1,
         *           "detail": {
         *             "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S"
         *           }
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        AuditEntryPage: {
            data: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
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
        /** @description The receiver no longer wants events. The endpoint is disabled at once and nothing more is retried. */
        WebhookGone: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Accepted. Any 2xx marks the delivery `succeeded`; the body is ignored. */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
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
        /**
         * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
         * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
         */
        WebhookId: string;
        /**
         * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
         * @example 1788570750
         */
        WebhookTimestamp: number;
        /**
         * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
         *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
         *     valid secret; accept the request if any matches.
         * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
         */
        WebhookSignature: string;
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
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling organization and token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTokens: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createToken: {
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
                "application/json": components["schemas"]["ApiTokenCreate"];
            };
        };
        responses: {
            /** @description Created; the token value is shown this once. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenWithSecret"];
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
    revokeToken: {
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
            path: {
                /** @description Token id (`tok_…`). */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
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
            429: components["responses"]["TooManyRequests"];
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
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
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listZones: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                kind?: components["schemas"]["ZoneKind"];
            };
            header?: never;
            path: {
                /** @description Outlet id (`out_…`). */
                outletId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of zones. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZonePage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createZone: {
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
            path: {
                /** @description Outlet id (`out_…`). */
                outletId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZoneInput"];
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
                    "application/json": components["schemas"]["Zone"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getZone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Outlet id (`out_…`). */
                outletId: string;
                /** @description Zone id (`zon_…`). A zone of another outlet answers 404. */
                zoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zone. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zone"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteZone: {
        parameters: {
            query?: never;
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
                /** @description Zone id (`zon_…`). A zone of another outlet answers 404. */
                zoneId: string;
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
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateZone: {
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
                /** @description Zone id (`zon_…`). A zone of another outlet answers 404. */
                zoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZoneUpdate"];
            };
        };
        responses: {
            /** @description The updated zone. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zone"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPrograms: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                kind?: components["schemas"]["ProgramKind"];
                /** @description Exact category, e.g. `tai_chi`. */
                category?: string;
                /** @description Only programs whose `ageGroups` include this age group. */
                ageGroup?: components["schemas"]["ProgramAgeGroup"];
                /** @description Exact program code. */
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of programs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createProgram: {
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
                "application/json": components["schemas"]["ProgramCreate"];
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
                    "application/json": components["schemas"]["Program"];
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
    batchUpsertPrograms: {
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
                "application/json": components["schemas"]["ProgramBatchUpsert"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Program id (`prg_…`). */
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteProgram: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The revision the client last saw, as a quoted ETag (`"7"`). A stale value answers 412 `revision_mismatch`.
                 * @example "7"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Program id (`prg_…`). */
                programId: string;
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
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateProgram: {
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
                /** @description Program id (`prg_…`). */
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramUpdate"];
            };
        };
        responses: {
            /** @description The updated program. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listStaff: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                role?: components["schemas"]["StaffRole"];
                /** @description Only staff whose `outletIds` include this outlet id. */
                outletId?: string;
                /** @description Exact external id. */
                externalId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of staff. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createStaff: {
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
                "application/json": components["schemas"]["StaffCreate"];
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
                    "application/json": components["schemas"]["Staff"];
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
    batchUpsertStaff: {
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
                "application/json": components["schemas"]["StaffBatchUpsert"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Staff id (`stf_…`). */
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteStaff: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The revision the client last saw, as a quoted ETag (`"7"`). A stale value answers 412 `revision_mismatch`.
                 * @example "7"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Staff id (`stf_…`). */
                staffId: string;
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
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateStaff: {
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
                /** @description Staff id (`stf_…`). */
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffUpdate"];
            };
        };
        responses: {
            /** @description The updated staff member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only sessions at this outlet. */
                outletId?: string;
                /** @description Only occurrences of this program. */
                programId?: string;
                /** @description Only sessions led by this staff member. */
                coachId?: string;
                status?: components["schemas"]["SessionStatus"];
                /**
                 * @description Sessions starting at or after this instant (RFC 3339 with offset).
                 * @example 2027-01-01T00:00:00+08:00
                 */
                from?: string;
                /**
                 * @description Sessions starting before this instant (RFC 3339 with offset).
                 * @example 2027-02-01T00:00:00+08:00
                 */
                to?: string;
                /** @description Only sessions of this recurrence. */
                seriesKey?: string;
                /** @description Exact external id (at most one match). */
                externalId?: string;
                /**
                 * @description `true`: only sessions holding at least one booked place (what an importer must check before
                 *     lowering a capacity); `false`: only sessions with none.
                 * @example true
                 */
                booked?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sessions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSession: {
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
                "application/json": components["schemas"]["SessionCreate"];
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
                    "application/json": components["schemas"]["Session"];
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
    batchUpsertSessions: {
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
                "application/json": components["schemas"]["SessionBatchUpsert"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session id (`ses_…`). */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The revision the client last saw, as a quoted ETag (`"7"`). A stale value answers 412 `revision_mismatch`.
                 * @example "7"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Session id (`ses_…`). */
                sessionId: string;
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
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSession: {
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
                /** @description Session id (`ses_…`). */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUpdate"];
            };
        };
        responses: {
            /** @description The updated session. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    cancelSession: {
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
                /** @description Session id (`ses_…`). */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SessionCancel"];
            };
        };
        responses: {
            /** @description The cancelled session. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listBookings: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only bookings of this session. */
                sessionId?: string;
                /** @description Only bookings of this member. */
                memberId?: string;
                status?: components["schemas"]["BookingStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bookings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createBooking: {
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
                "application/json": components["schemas"]["BookingCreate"];
            };
        };
        responses: {
            /** @description Booked or waitlisted. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
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
    getBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Booking id (`bkg_…`). */
                bookingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateBooking: {
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
                /** @description Booking id (`bkg_…`). */
                bookingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingUpdate"];
            };
        };
        responses: {
            /** @description The updated booking. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    cancelBooking: {
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
                /** @description Booking id (`bkg_…`). */
                bookingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled booking. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only members in this age group. */
                ageGroup?: components["schemas"]["AgeGroup"];
                /** @description Exact external id (the operator's own key). */
                externalId?: string;
                /** @description Only members of this group. */
                groupId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createMember: {
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
                "application/json": components["schemas"]["MemberCreate"];
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
                    "application/json": components["schemas"]["Member"];
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
    batchUpsertMembers: {
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
                "application/json": components["schemas"]["MemberBatchUpsert"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateMember: {
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
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            /** @description The updated member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMemberConsents: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only consents for this purpose. */
                purpose?: components["schemas"]["ConsentPurpose"];
                /** @description `true`: only consents not revoked; `false`: only revoked ones. */
                active?: boolean;
            };
            header?: never;
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of consents. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    grantMemberConsent: {
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
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentGrant"];
            };
        };
        responses: {
            /** @description An active consent for this partner and purpose already existed; it is returned unchanged. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description Recorded. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeMemberConsent: {
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
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentRevoke"];
            };
        };
        responses: {
            /** @description The revoked consent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    eraseMember: {
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
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The erased member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMemberPersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member id (`mem_…`). */
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything held about the member. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPersonalData"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                kind?: components["schemas"]["GroupKind"];
                /** @description Only groups of this partner. */
                partnerId?: string;
                /** @description Only groups this member belongs to. */
                memberId?: string;
                /** @description Exact group code. */
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of groups. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createGroup: {
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
                "application/json": components["schemas"]["GroupCreate"];
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
                    "application/json": components["schemas"]["Group"];
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
    getGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Group id (`grp_…`). */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The revision the client last saw, as a quoted ETag (`"7"`). A stale value answers 412 `revision_mismatch`.
                 * @example "7"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Group id (`grp_…`). */
                groupId: string;
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
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateGroup: {
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
                /** @description Group id (`grp_…`). */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUpdate"];
            };
        };
        responses: {
            /** @description The updated group. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listEnrollments: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                memberId?: string;
                programId?: string;
                groupId?: string;
                status?: components["schemas"]["EnrollmentStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of enrollments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createEnrollment: {
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
                "application/json": components["schemas"]["EnrollmentCreate"];
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
                    "application/json": components["schemas"]["Enrollment"];
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
    getEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Enrollment id (`enr_…`). */
                enrollmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateEnrollment: {
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
                /** @description Enrollment id (`enr_…`). */
                enrollmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentUpdate"];
            };
        };
        responses: {
            /** @description The updated enrollment. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listParticipation: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only check-ins to this session. */
                sessionId?: string;
                /** @description Only check-ins of this member. */
                memberId?: string;
                /** @description Only check-ins at this outlet. */
                outletId?: string;
                /** @description The record with this externalId (at most one). */
                externalId?: string;
                /**
                 * @description First local date (inclusive), `YYYY-MM-DD` in the outlet's time zone.
                 * @example 2026-09-01
                 */
                from?: string;
                /**
                 * @description Last local date (inclusive), `YYYY-MM-DD` in the outlet's time zone.
                 * @example 2026-09-30
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of participation records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    recordParticipation: {
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
                "application/json": components["schemas"]["ParticipationCreate"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
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
    batchUpsertParticipation: {
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
                "application/json": components["schemas"]["ParticipationBatchUpsert"];
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
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    exportParticipation: {
        parameters: {
            query?: {
                /** @description Output format. */
                format?: "ndjson" | "csv";
                /**
                 * @description First local date of the check-ins (inclusive), `YYYY-MM-DD` in the outlet's time zone. Omitted = from the beginning.
                 * @example 2026-07-01
                 */
                from?: string;
                /**
                 * @description Last local date of the check-ins (inclusive), `YYYY-MM-DD` in the outlet's time zone. Omitted = up to now.
                 * @example 2026-09-30
                 */
                to?: string;
                /** @description Only check-ins at this outlet. */
                outletId?: string;
                /** @description Only check-ins at outlets in this district (exact name, e.g. 浦东新区). */
                district?: string;
                /** @description Only check-ins to sessions of this program. */
                programId?: string;
                /** @description Export for this partner, applying its agreement (pseudonyms, consent, fields). */
                partnerId?: string;
                /**
                 * @description Only records created or changed after this watermark (the `Sporthub-Watermark` of a previous export).
                 * @example 0000000000184467
                 */
                afterWatermark?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, streamed. */
            200: {
                headers: {
                    /**
                     * @description The watermark of the snapshot this export reads (opaque; compare only by equality and pass it
                     *     back as `afterWatermark`). Equals the trailer's `watermark`.
                     * @example 0000000000184467
                     */
                    "Sporthub-Watermark": string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {"participation_id":"par_01JD1A2B3C4D5E6F7G8H9J0K1M","session_id":"ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P","session_external_id":"PD-TAICHI-20260905-0730","outlet_code":"SH-PD-0001","program_code":"P-TAICHI","member_ref":"mem_01JD0Z9R4X6YKM8W0A2B3C4D5E","age_group":"senior","checked_in_at":"2026-09-05T07:58:12+08:00","duration_minutes":60,"source":"staff"}
                     *     {"participation_id":"par_01JD1A2B3C4D5E6F7G8H9J0K1N","session_id":"ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P","session_external_id":null,"outlet_code":"SH-PD-0001","program_code":"P-TAICHI","member_ref":"mem_01JD0Z9R4X6YKM8W0A2B3C4D5F","age_group":null,"checked_in_at":"2026-09-05T08:03:40+08:00","duration_minutes":null,"source":"qr"}
                     *     {"_trailer":{"count":2,"watermark":"0000000000184467"}}
                     */
                    "application/x-ndjson": string;
                    /**
                     * @example participation_id,session_id,session_external_id,outlet_code,program_code,member_ref,age_group,checked_in_at,duration_minutes,source
                     *     par_01JD1A2B3C4D5E6F7G8H9J0K1M,ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P,PD-TAICHI-20260905-0730,SH-PD-0001,P-TAICHI,mem_01JD0Z9R4X6YKM8W0A2B3C4D5E,senior,2026-09-05T07:58:12+08:00,60,staff
                     *     par_01JD1A2B3C4D5E6F7G8H9J0K1N,ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6P,,SH-PD-0001,P-TAICHI,mem_01JD0Z9R4X6YKM8W0A2B3C4D5F,,2026-09-05T08:03:40+08:00,,qr
                     */
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getParticipation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Participation id (`par_…`). */
                participationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participation record. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listHealthMeasurements: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only measurements of this member. */
                memberId?: string;
                /** @description Only measurements taken at this outlet. */
                outletId?: string;
                /** @description Only measurements of this type. */
                type?: components["schemas"]["HealthMeasurementType"];
                /**
                 * @description First local date (inclusive), `YYYY-MM-DD` in the outlet's time zone.
                 * @example 2026-07-01
                 */
                from?: string;
                /**
                 * @description Last local date (inclusive), `YYYY-MM-DD` in the outlet's time zone.
                 * @example 2026-09-30
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of measurements. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthMeasurementPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    recordHealthMeasurement: {
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
                "application/json": components["schemas"]["HealthMeasurementCreate"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthMeasurement"];
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
    getHealthMeasurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Measurement id (`msr_…`). */
                measurementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The measurement. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthMeasurement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteHealthMeasurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Measurement id (`msr_…`). */
                measurementId: string;
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
            429: components["responses"]["TooManyRequests"];
        };
    };
    listFeedback: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only feedback on this outlet (including its sessions). */
                outletId?: string;
                /** @description Only feedback on this session. */
                sessionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of feedback. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createFeedback: {
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
                "application/json": components["schemas"]["FeedbackCreate"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
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
    getFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Feedback id (`fbk_…`). */
                feedbackId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feedback. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getHealthIndexReport: {
        parameters: {
            query: {
                /** @description Report on this outlet. Exactly one of `outletId` and `district`. */
                outletId?: string;
                /** @description Report on every outlet of this district (exact name, e.g. 浦东新区). Exactly one of `outletId` and `district`. */
                district?: string;
                /**
                 * @description A quarter `YYYY-Qn` or a month `YYYY-MM`.
                 * @example 2026-Q3
                 */
                period: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthIndexReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPartners: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                kind?: components["schemas"]["PartnerKind"];
                /** @description Exact partner code. */
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of partners. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPartner: {
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
                "application/json": components["schemas"]["PartnerCreate"];
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
                    "application/json": components["schemas"]["Partner"];
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
    getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partner. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePartner: {
        parameters: {
            query?: {
                /** @description Revoke agreements in force and delete anyway. */
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
                /** @description Partner id (`prt_…`). */
                partnerId: string;
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
            429: components["responses"]["TooManyRequests"];
        };
    };
    updatePartner: {
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
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerUpdate"];
            };
        };
        responses: {
            /** @description The updated partner. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPartnerAgreements: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `true`: only agreements in force today (not revoked, today within validFrom–validTo). */
                active?: boolean;
            };
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agreements. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSharingAgreementPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPartnerAgreement: {
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
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataSharingAgreementCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSharingAgreement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokePartnerAgreement: {
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
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
                /** @description Agreement id (`dsa_…`). */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked agreement. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSharingAgreement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    shareHealthMeasurements: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous call; omitted = from the beginning. */
                after?: string;
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of shared measurements. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthMeasurementSharePage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    shareReferralAttendance: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous call; omitted = from the beginning. */
                after?: string;
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attendance records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralAttendanceSharePage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    shareStudentParticipation: {
        parameters: {
            query?: {
                /** @description First local date (inclusive), YYYY-MM-DD. */
                from?: string;
                /** @description Last local date (inclusive), YYYY-MM-DD. */
                to?: string;
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of students. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentParticipationSharePage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resolvePartnerPseudonyms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Partner id (`prt_…`). */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PseudonymResolve"];
            };
        };
        responses: {
            /** @description One match per pseudonym. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PseudonymResolution"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only the endpoints of this partner. */
                partnerId?: string;
                status?: components["schemas"]["WebhookEndpointStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createWebhookEndpoint: {
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
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description Created; the secret is shown this once. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
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
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook endpoint id (`whe_…`). */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint (without its secret). */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The revision the client last saw, as a quoted ETag (`"7"`). A stale value answers 412 `revision_mismatch`.
                 * @example "7"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Webhook endpoint id (`whe_…`). */
                endpointId: string;
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
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateWebhookEndpoint: {
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
                /** @description Webhook endpoint id (`whe_…`). */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointUpdate"];
            };
        };
        responses: {
            /** @description The updated endpoint. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                status?: components["schemas"]["WebhookDeliveryStatus"];
                /** @description Only the attempts to deliver this event. */
                eventId?: string;
            };
            header?: never;
            path: {
                /** @description Webhook endpoint id (`whe_…`). */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    testWebhookEndpoint: {
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
            path: {
                /** @description Webhook endpoint id (`whe_…`). */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queued delivery; poll `listWebhookDeliveries` for its outcome. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rotateWebhookSecret: {
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
            path: {
                /** @description Webhook endpoint id (`whe_…`). */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret, shown this once. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretRotation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    redeliverWebhookDelivery: {
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
            path: {
                /** @description Webhook delivery id (`whd_…`). */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new, queued delivery. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description An event id (`evt_…`), usually the previous page's `nextCursor`. The page starts after it. */
                after?: string;
                /** @description Only these event types, comma-separated (e.g. `participation.recorded,consent.revoked`). */
                types?: components["schemas"]["EventType"][];
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events; empty when there is nothing new. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The `after` cursor is older than the 30-day retention (`cursor_expired`). */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://sporthub.dev/problems/cursor_expired",
                     *       "title": "Cursor expired",
                     *       "status": 410,
                     *       "detail": "Events before 2026-08-06T09:00:00+08:00 are no longer retained; resynchronise and start a new feed.",
                     *       "code": "cursor_expired",
                     *       "requestId": "req_01JD0Z8Q3W5XKJ5V7J9C2N4M6P"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description Opaque cursor from a previous page's `nextCursor`. Omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                action?: components["schemas"]["AuditAction"];
                /** @description Only entries involving this partner. */
                partnerId?: string;
                /** @description Entries at or after this instant (RFC 3339). */
                from?: string;
                /** @description Entries before this instant (RFC 3339). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    receiveOutletEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "outlet.updated",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6T",
                 *         "code": "SH-PD-0001",
                 *         "name": "浦东世纪大道体育服务点",
                 *         "status": "suspended",
                 *         "revision": 2
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveZoneEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "zone.created",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "zon_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
                 *         "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6T",
                 *         "code": "EXP",
                 *         "name": "体验区",
                 *         "kind": "experience",
                 *         "capacity": 20
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveProgramEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "program.created",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M76",
                 *         "code": "TAICHI-SENIOR",
                 *         "title": "长者太极拳",
                 *         "kind": "class",
                 *         "category": "tai_chi"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveStaffEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "staff.updated",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "stf_01JD0Z8Q3W5XKJ5V7J9C2N4M77",
                 *         "externalId": "E-1024",
                 *         "name": "李建国",
                 *         "role": "coach"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveSessionEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "session.cancelled",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
                 *         "externalId": "PD-20260905-0900-TC",
                 *         "status": "cancelled",
                 *         "startsAt": "2026-09-05T09:00:00+08:00",
                 *         "endsAt": "2026-09-05T10:00:00+08:00"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveMemberEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "member.erased",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
                 *         "externalId": "M-88231",
                 *         "displayName": null,
                 *         "phone": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveConsentEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "consent.granted",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
                 *         "partnerId": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
                 *         "purpose": "participation_sharing",
                 *         "grantedBy": "guardian",
                 *         "grantedAt": "2026-09-05T09:00:00+08:00",
                 *         "revokedAt": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveGroupEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "group.created",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "grp_01JD0Z8Q3W5XKJ5V7J9C2N4M78",
                 *         "code": "MZ-2026-3-2",
                 *         "name": "明珠小学三年级2班",
                 *         "kind": "school_class"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveEnrollmentEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "enrollment.created",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "enr_01JD0Z8Q3W5XKJ5V7J9C2N4M79",
                 *         "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
                 *         "programId": "prg_01JD0Z8Q3W5XKJ5V7J9C2N4M76",
                 *         "source": "referral"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveBookingEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "booking.promoted",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "bkg_01JD0Z8Q3W5XKJ5V7J9C2N4M7A",
                 *         "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
                 *         "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
                 *         "status": "booked",
                 *         "position": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveParticipationEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "participation.recorded",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "par_01JD0Z8Q3W5XKJ5V7J9C2N4M6Q",
                 *         "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
                 *         "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
                 *         "outletId": "out_01JD0Z8Q3W5XKJ5V7J9C2N4M6T",
                 *         "checkedInAt": "2026-09-05T09:10:00+08:00",
                 *         "durationMinutes": 60,
                 *         "source": "qr"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveHealthMeasurementEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "health_measurement.created",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "hms_01JD0Z8Q3W5XKJ5V7J9C2N4M7B",
                 *         "memberId": "mem_01JD0Z8Q3W5XKJ5V7J9C2N4M6S",
                 *         "type": "blood_pressure",
                 *         "value": {
                 *           "systolic": 128,
                 *           "diastolic": 82
                 *         },
                 *         "unit": "mm[Hg]",
                 *         "measuredAt": "2026-09-05T09:05:00+08:00"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveFeedbackEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "feedback.created",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "fbk_01JD0Z8Q3W5XKJ5V7J9C2N4M7C",
                 *         "sessionId": "ses_01JD0Z8Q3W5XKJ5V7J9C2N4M6R",
                 *         "rating": 5,
                 *         "nps": 9,
                 *         "comment": "教练很耐心，动作讲解清楚。"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receivePartnerEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "partner.created",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
                 *         "code": "XH-CHC-01",
                 *         "kind": "clinic",
                 *         "name": "徐汇区斜土街道社区卫生服务中心"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveAgreementEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "agreement.revoked",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "id": "dsa_01JD0Z8Q3W5XKJ5V7J9C2N4M6Z",
                 *         "partnerId": "prt_01JD0Z8Q3W5XKJ5V7J9C2N4M6W",
                 *         "revokedAt": "2026-12-31T17:00:00+08:00"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
    receiveTestEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event id (`evt_…`); the same on every retry and redelivery, so receivers can deduplicate.
                 * @example evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description When this attempt was signed, in unix seconds. Reject values more than 5 minutes off your clock.
                 * @example 1788570750
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description One or more space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`
                 *     keyed with the secret's decoded bytes (after `whsec_`). During a secret rotation it holds one per
                 *     valid secret; accept the request if any matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_01JD0Z8Q3W5XKJ5V7J9C2N4M6P",
                 *       "type": "webhook.test",
                 *       "occurredAt": "2026-09-05T09:12:30+08:00",
                 *       "data": {
                 *         "endpointId": "whe_01JD0Z8Q3W5XKJ5V7J9C2N4M73"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
        };
    };
}
