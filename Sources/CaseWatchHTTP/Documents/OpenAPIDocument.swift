/// The OpenAPI 3.1 document of the API, served at `GET /v1/openapi.yaml` and printed by
/// `casewatch api openapi`: the one description of every path, answer and problem type.
enum OpenAPIDocument {
    /// The document, as YAML.
    static let yaml = #"""
openapi: 3.1.0
info:
  title: CaseWatch API
  version: 1.0.0
  summary: Feed and read CaseWatch, the SLA supervision and escalation daemon of a city hotline.
  description: 'Served by `casewatchd` (default `http://127.0.0.1:8345`). Every path under `/v1` except this document

    needs `Authorization: Bearer <credential>`: an API key made with `casewatch keys create <name> --scope

    ingest|read|signoff`, or, for sign-off decisions, a leader''s own sign-off token (`casewatch leaders

    token`). Errors are RFC 9457 problem documents (`application/problem+json`) whose `type` is a stable

    `urn:casewatch:problem:<slug>` URI; clients branch on `type`, never on `title` or `detail`.

    Instants are RFC 3339 text in the policies'' display zone. Lists are paged with an opaque `cursor`.

    '
  license:
    name: Apache-2.0
    identifier: Apache-2.0
servers:
- url: http://127.0.0.1:8345
  description: A daemon on this machine, with the default --http address.
security:
- bearer: []
tags:
- name: health
- name: events
- name: cases
- name: escalations
- name: signoffs
- name: assessment
- name: operations
paths:
  /v1/openapi.yaml:
    get:
      tags:
      - operations
      operationId: getOpenAPIDocument
      summary: This document.
      security: []
      responses:
        '200':
          description: The OpenAPI 3.1 document of the API.
          content:
            application/yaml:
              schema:
                type: string
  /healthz:
    get:
      tags:
      - health
      operationId: getHealth
      summary: The process answers (alive).
      security: []
      responses:
        '200':
          description: Alive.
          content:
            text/plain:
              schema:
                type: string
                const: 'ok

                  '
  /readyz:
    get:
      tags:
      - health
      operationId: getReadiness
      summary: The daemon supervises (its wheel is filled and caught up) and its store is writable.
      security: []
      responses:
        '200':
          description: Ready.
          content:
            text/plain:
              schema:
                type: string
                const: 'ready

                  '
        '503':
          $ref: '#/components/responses/Problem'
  /metrics:
    get:
      tags:
      - operations
      operationId: getMetrics
      summary: The daemon's metrics in the Prometheus text format (no credential).
      description: 'Gauges read from the store at each scrape through indexes (open cases by status, pending steps,

        sign-offs pending by level, deliveries queued or dead by receiver, unrouted notices, the event

        log''s position, whether the wheel is filled); the pending steps by tier, counted at most every

        5 minutes; counters of escalations fired by tier, delivery attempts and events ingested over

        HTTP; the detection lateness histogram. Takes no query parameters.

        '
      security: []
      responses:
        '200':
          description: The exposition.
          content:
            text/plain; version=0.0.4; charset=utf-8:
              schema:
                type: string
        '400':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
        '500':
          $ref: '#/components/responses/Problem'
  /v1/status:
    get:
      tags:
      - operations
      operationId: getStatus
      summary: Whether a daemon supervises, its heartbeat, what waits and the outbox (as `casewatch status`).
      description: Needs the `read` scope. Takes no query parameters.
      security:
      - bearer: []
      responses:
        '200':
          description: The status.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Status'
        '400':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Problem'
        '403':
          $ref: '#/components/responses/Problem'
        '429':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
        '500':
          $ref: '#/components/responses/Problem'
  /v1/assessment:
    get:
      tags:
      - assessment
      operationId: getAssessment
      summary: The units scored and ranked for a period, as `casewatch assess` makes it.
      description: 'Needs the `read` scope. The JSON form is the one `casewatch assess --format json` writes (see
        its

        schema in the README''s assessment section); CSV (RFC 4180) and a self-contained HTML page are the

        CLI''s too.

        '
      security:
      - bearer: []
      parameters:
      - name: period
        in: query
        description: A month (2026-11), a quarter (2026-Q4) or a year (2026), in the policies' display zone. Default
          the current month.
        schema:
          type: string
          pattern: ^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$
      - name: level
        in: query
        description: The rows.
        schema:
          type: string
          enum:
          - unit
          - street
          - district
          - city
          default: unit
      - name: format
        in: query
        schema:
          type: string
          enum:
          - json
          - csv
          - html
          default: json
      - name: lang
        in: query
        description: The language of the column names and labels.
        schema:
          type: string
          enum:
          - en
          - zh
          default: en
      - name: as_of
        in: query
        description: Judge the cases as of this RFC 3339 instant. Default the end of the period or now, whichever
          is earlier.
        schema:
          type: string
          format: date-time
          minLength: 1
      responses:
        '200':
          description: The report.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Assessment'
            text/csv; charset=utf-8:
              schema:
                type: string
            text/html; charset=utf-8:
              schema:
                type: string
        '400':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Problem'
        '403':
          $ref: '#/components/responses/Problem'
        '429':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
        '500':
          $ref: '#/components/responses/Problem'
  /v1/events:
    post:
      tags:
      - events
      operationId: postEvents
      summary: Append case events, as `casewatch ingest` does.
      description: 'The body is a JSON array of event objects (`Content-Type: application/json`) or NDJSON, one
        event

        object per line (`application/x-ndjson`). Each event has exactly the fields `casewatch ingest` reads

        in JSON lines: `id`, `case`, `type`, `at` (RFC 3339 with its offset), `actor`, and the fields of its

        type (`registered`: category, urgency, policy_version?; `dispatched`: unit, resolve_by?;

        `transferred`: to, reason?; `returned`: reason; `reopened`/`suspended`/`extension_denied`: reason?;

        `closed`: satisfaction?; `extension_requested`: days, reason; `extension_granted`: days). Values

        are strings (`days` may be a whole number); `null` and empty values count as absent. Any other

        field is refused, except personal-data fields (name, phone, address, appeal text, …, and their

        Chinese column names), which are dropped unread and counted in `dropped_fields`.


        Every event is checked first (as `casewatch ingest` checks a file: its fields, the unit tree, the

        case''s lifecycle, events dated more than a day after the request arrived, event ids). By default a

        request with any invalid event stores nothing (422 `invalid-events`, each problem in `errors`); with

        `skip_invalid=true` the valid events are stored and the invalid ones listed in `rejected`.

        Idempotent by event id: an event already stored (or repeated in the request) with the same content

        is counted in `duplicates`; with other content it is invalid (`event_id_stored_with_other_content`,

        `event_id_reused`). The events are durable (committed to disk) before the answer, as one ingest

        batch audited as `key:<key name>`, and reach the running supervision at once.

        '
      security:
      - bearer: []
      parameters:
      - name: skip_invalid
        in: query
        required: false
        description: Store the valid events even when some are invalid.
        schema:
          type: string
          enum:
          - 'true'
          - 'false'
          default: 'false'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: array
              minItems: 1
              items:
                $ref: '#/components/schemas/EventRecord'
          application/x-ndjson:
            schema:
              type: string
              description: One event object (EventRecord) per line; blank lines are skipped.
      responses:
        '200':
          description: The valid events are stored (durably); duplicates were skipped.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/IngestResult'
        '400':
          description: '`invalid-body`: the body is empty, not UTF-8, or (application/json) not a JSON array;

            `invalid-parameter`: an unknown, repeated or empty query parameter, or `skip_invalid` not true/false.

            '
          $ref: '#/components/responses/Problem'
        '409':
          description: '`intake-conflict`: the store changed while the request was written (another writer stored
            the

            same case or event id); nothing of the request was stored, `errors` names the event. Send it again.

            '
          $ref: '#/components/responses/Problem'
        '413':
          description: '`body-too-large`: the body is larger than `casewatchd --max-body` (member `max_body_bytes`);

            refused from its Content-Length before it is read, or as soon as a chunked body passes the limit.

            '
          $ref: '#/components/responses/Problem'
        '415':
          description: '`unsupported-media-type`: no Content-Type, or neither application/json nor application/x-ndjson.'
          $ref: '#/components/responses/Problem'
        '422':
          description: '`invalid-events`: some events cannot be stored (each in `errors`); nothing was stored.'
          $ref: '#/components/responses/Problem'
        '500':
          $ref: '#/components/responses/Problem'
        '503':
          description: '`store-unavailable`: the store cannot be written now; nothing was stored. Retry.'
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Unauthenticated'
        '403':
          $ref: '#/components/responses/Forbidden'
        '429':
          $ref: '#/components/responses/RateLimited'
  /v1/cases/{id}:
    get:
      tags:
      - cases
      operationId: getCase
      summary: One case, with its deadlines, next step, escalations and sign-offs.
      security:
      - bearer: []
      parameters:
      - name: id
        in: path
        required: true
        description: The case id.
        schema:
          type: string
          minLength: 1
      responses:
        '200':
          description: The case as of now.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/CaseDetail'
        '400':
          description: '`invalid-parameter`: a query parameter was given (this route takes none), or the id is not
            valid percent-encoding.'
          $ref: '#/components/responses/Problem'
        '404':
          description: '`case-not-found`: no case has this id.'
          $ref: '#/components/responses/Problem'
        '500':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Unauthenticated'
        '403':
          $ref: '#/components/responses/Forbidden'
        '429':
          $ref: '#/components/responses/RateLimited'
  /v1/cases:
    get:
      tags:
      - cases
      operationId: listCases
      summary: Cases by id, a page at a time, filtered by unit, status and overdue state.
      security:
      - bearer: []
      parameters:
      - name: unit
        in: query
        required: false
        description: Only cases whose unit charged is this unit (a unit id of the unit tree).
        schema:
          type: string
          minLength: 1
      - name: status
        in: query
        required: false
        schema:
          $ref: '#/components/schemas/CaseStatus'
      - name: overdue
        in: query
        required: false
        description: Only cases that are (true) or are not (false) overdue at `as_of`.
        schema:
          type: string
          enum:
          - 'true'
          - 'false'
      - name: as_of
        in: query
        required: false
        description: The instant `overdue` (the filter and each item's member) is judged at; default now.
        schema:
          type: string
          format: date-time
          minLength: 1
      - name: limit
        in: query
        required: false
        schema:
          type: integer
          minimum: 1
          maximum: 1000
          default: 100
      - name: cursor
        in: query
        required: false
        description: The `next_cursor` of the previous page, as it was given.
        schema:
          type: string
          minLength: 1
      responses:
        '200':
          description: One page of cases, in case id order.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/CasePage'
        '400':
          description: '`invalid-parameter`: an unknown, repeated or empty parameter, a unit not in the unit tree,
            an

            unknown status, overdue not true/false, as_of not RFC 3339 with an offset, limit out of 1–1000,

            or a cursor this API did not give out; `detail` names the parameter.

            '
          $ref: '#/components/responses/Problem'
        '500':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Unauthenticated'
        '403':
          $ref: '#/components/responses/Forbidden'
        '429':
          $ref: '#/components/responses/RateLimited'
  /v1/escalations:
    get:
      operationId: listEscalations
      summary: Escalations in commit order after a cursor
      description: 'The escalations the daemon committed, in commit order (the order the stream sends them), after
        the cursor `after` (an escalation''s `id`; 0 or none: from the first). `next_cursor` is the last item''s
        id when the page is full (more may follow), else null; a client following the escalations keeps the last
        `id` it read and asks again with `after=<id>`. Scope `read`.'
      tags:
      - escalations
      security:
      - bearer: []
      parameters:
      - $ref: '#/components/parameters/EscalationAfter'
      - $ref: '#/components/parameters/EscalationTier'
      - $ref: '#/components/parameters/EscalationUnit'
      - name: limit
        in: query
        required: false
        description: Items per page.
        schema:
          type: integer
          minimum: 1
          maximum: 1000
          default: 100
      responses:
        '200':
          description: A page of escalations.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/EscalationPage'
        '400':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Problem'
        '403':
          $ref: '#/components/responses/Problem'
        '429':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
  /v1/escalations/stream:
    get:
      operationId: streamEscalations
      summary: Escalations as Server-Sent Events, live and resumable
      description: 'Each escalation committed after the cursor (the `Last-Event-ID` header, else `after`, else the
        connection''s start) as an event `escalation` whose `id:` is its cursor and whose `data:` is an `Escalation`
        as JSON, in commit order; then each one as the daemon commits it. A reconnect with `Last-Event-ID` misses
        and repeats nothing. A comment `: keep-alive` follows 15 s of silence. The stream ends when the daemon shuts
        down (clients reconnect; `retry: 2000`). A browser''s EventSource, which cannot send headers, passes its
        key as `access_token` (only with `Accept: text/event-stream`). Scope `read`.'
      tags:
      - escalations
      security:
      - bearer: []
      - accessToken: []
      parameters:
      - $ref: '#/components/parameters/EscalationAfter'
      - $ref: '#/components/parameters/EscalationTier'
      - $ref: '#/components/parameters/EscalationUnit'
      - $ref: '#/components/parameters/LastEventID'
      - $ref: '#/components/parameters/AccessToken'
      responses:
        '200':
          description: 'An endless `text/event-stream`: events `escalation` (data: `Escalation`), comments, `retry:`.'
          content:
            text/event-stream:
              schema:
                type: string
        '400':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Problem'
        '403':
          $ref: '#/components/responses/Problem'
        '429':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
  /v1/wall/stream:
    get:
      operationId: streamWall
      summary: The supervision wall's live feed (Server-Sent Events)
      description: 'An event `summary` (data: `WallSummary`) at connect, and again after each change (events ingested,
        escalations fired), at most once a second and never on a timer while idle; and each escalation as it is
        committed as an event `escalation` (data: `Escalation` with `unit_name`), `id:` its cursor (a reconnect
        with `Last-Event-ID` resumes after it; without one the escalations start after the latest committed, the
        summary''s `recent_escalations` giving the latest 20). Comments `: keep-alive` after 15 s of silence. Scope
        `read`.'
      tags:
      - wall
      security:
      - bearer: []
      - accessToken: []
      parameters:
      - $ref: '#/components/parameters/LastEventID'
      - $ref: '#/components/parameters/AccessToken'
      responses:
        '200':
          description: An endless `text/event-stream` of `summary` and `escalation` events.
          content:
            text/event-stream:
              schema:
                type: string
        '400':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Problem'
        '403':
          $ref: '#/components/responses/Problem'
        '429':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
  /:
    get:
      operationId: wallPage
      summary: The supervision wall (督办大屏), an HTML page
      description: 'One page, its style and script inline (no CDN; works offline), Chinese unless `lang=en`. It
        needs no credential itself: its script reads a read key from the URL''s fragment (`/#key=<key>`) and follows
        `/v1/wall/stream` with it; without one it says how to open it.'
      tags:
      - wall
      security: []
      parameters:
      - name: lang
        in: query
        required: false
        description: The labels' language.
        schema:
          type: string
          enum:
          - zh
          - en
          default: zh
      responses:
        '200':
          description: The page.
          content:
            text/html:
              schema:
                type: string
        '400':
          $ref: '#/components/responses/Problem'
  /v1/signoffs:
    get:
      tags:
      - signoffs
      operationId: listSignoffs
      summary: Sign-offs awaiting the leader (a leader's token), or every sign-off (an API key with scope read or
        signoff).
      description: 'With a leader''s token: the pending sign-offs addressed to that leader (their level, their jurisdiction),

        expired ones included until they pass up; `status` is refused. With an API key of scope `read` or

        `signoff`: every sign-off, filtered by `status`. Items in id order; pages follow `next_cursor`.

        '
      parameters:
      - name: status
        in: query
        required: false
        description: API keys only. One or more statuses, comma-separated.
        schema:
          type: string
          pattern: ^(pending|approved|rejected|returned|escalated)(,(pending|approved|rejected|returned|escalated))*$
      - name: limit
        in: query
        required: false
        schema:
          type: integer
          minimum: 1
          maximum: 1000
          default: 100
      - name: cursor
        in: query
        required: false
        description: The previous page's next_cursor, unchanged.
        schema:
          type: string
          minLength: 1
      responses:
        '200':
          description: A page of sign-offs.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/SignoffPage'
        '400':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Unauthenticated'
        '403':
          $ref: '#/components/responses/Forbidden'
        '429':
          $ref: '#/components/responses/RateLimited'
        '500':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
  /v1/signoffs/{id}/approve:
    post:
      tags:
      - signoffs
      operationId: approveSignoff
      summary: Approve a sign-off with an instruction; opens a supervision order (督办件), case SO-<id>.
      description: A leader's own token only (an API key is answered 403 leader-token-required). Audited (signoff.approve);
        refusals too (signoff.refused).
      parameters:
      - $ref: '#/components/parameters/SignoffID'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/ApproveDecision'
      responses:
        '200':
          description: Approved; the order opened.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ApprovedSignoff'
        '400':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Unauthenticated'
        '403':
          $ref: '#/components/responses/Problem'
        '404':
          $ref: '#/components/responses/Problem'
        '409':
          $ref: '#/components/responses/Problem'
        '413':
          $ref: '#/components/responses/Problem'
        '415':
          $ref: '#/components/responses/Problem'
        '422':
          $ref: '#/components/responses/Problem'
        '429':
          $ref: '#/components/responses/RateLimited'
        '500':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
  /v1/signoffs/{id}/reject:
    post:
      tags:
      - signoffs
      operationId: rejectSignoff
      summary: Reject a sign-off as unjustified; the escalation's points are given back.
      description: A leader's own token only. Audited (signoff.reject); refusals too (signoff.refused).
      parameters:
      - $ref: '#/components/parameters/SignoffID'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/ReasonDecision'
      responses:
        '200':
          description: Rejected.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/RejectedSignoff'
        '400':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Unauthenticated'
        '403':
          $ref: '#/components/responses/Problem'
        '404':
          $ref: '#/components/responses/Problem'
        '409':
          $ref: '#/components/responses/Problem'
        '413':
          $ref: '#/components/responses/Problem'
        '415':
          $ref: '#/components/responses/Problem'
        '422':
          $ref: '#/components/responses/Problem'
        '429':
          $ref: '#/components/responses/RateLimited'
        '500':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
  /v1/signoffs/{id}/return:
    post:
      tags:
      - signoffs
      operationId: returnSignoff
      summary: Return a sign-off to the hotline centre for more information; its clock pauses until resubmitted.
      description: A leader's own token only. Audited (signoff.return); refusals too (signoff.refused).
      parameters:
      - $ref: '#/components/parameters/SignoffID'
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/ReasonDecision'
      responses:
        '200':
          description: Returned.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/DecidedSignoff'
        '400':
          $ref: '#/components/responses/Problem'
        '401':
          $ref: '#/components/responses/Unauthenticated'
        '403':
          $ref: '#/components/responses/Problem'
        '404':
          $ref: '#/components/responses/Problem'
        '409':
          $ref: '#/components/responses/Problem'
        '413':
          $ref: '#/components/responses/Problem'
        '415':
          $ref: '#/components/responses/Problem'
        '422':
          $ref: '#/components/responses/Problem'
        '429':
          $ref: '#/components/responses/RateLimited'
        '500':
          $ref: '#/components/responses/Problem'
        '503':
          $ref: '#/components/responses/Problem'
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      bearerFormat: cwk_<id>_<43 base64url characters> (API key) or cwt_<64 hex digits> (leader token)
      description: 'An API key made with `casewatch keys create <name> --scope ingest|read|signoff` (shown once),
        or a

        leader''s personal sign-off token (`casewatch leaders token <leader>`). Scopes: `ingest` for

        POST /v1/events, `read` for the GET routes, `signoff` for GET /v1/signoffs; a leader''s token acts only

        on the sign-offs addressed to that leader. For Server-Sent Events only, the credential may be sent as

        the `access_token` query parameter instead. A key revoked with `casewatch keys revoke` is refused by

        a running daemon within one second.

        '
    accessToken:
      type: apiKey
      in: query
      name: access_token
      description: 'The key as a query parameter, accepted only on event streams (`Accept: text/event-stream`).'
  schemas:
    Problem:
      type: object
      description: An RFC 9457 problem document.
      required:
      - type
      - title
      - status
      - detail
      properties:
        type:
          type: string
          description: The problem's kind, `urn:casewatch:problem:<slug>`; stable.
          pattern: ^urn:casewatch:problem:[a-z0-9-]+$
        title:
          type: string
          description: A short summary, the same for every occurrence of the type.
        status:
          type: integer
          minimum: 400
          maximum: 599
        detail:
          type: string
          description: What is wrong in this occurrence, and how to fix it.
        errors:
          type: array
          description: The problems of single records of the request.
          items:
            $ref: '#/components/schemas/RecordProblem'
      additionalProperties: true
    RecordProblem:
      type: object
      required:
      - index
      - code
      - detail
      properties:
        index:
          type: integer
          minimum: 1
          description: The record's position in the request (array element or NDJSON line), from 1.
        event_id:
          type: string
        code:
          type: string
          description: A stable machine name of the problem, e.g. `unknown_unit`.
        detail:
          type: string
      additionalProperties: false
    Status:
      type: object
      additionalProperties: false
      required:
      - now
      - daemon
      - open_cases
      - pending_steps
      - escalations_last_hour
      - outbox
      - version
      properties:
        now:
          type: string
          format: date-time
          description: When the status was read (display zone).
        daemon:
          $ref: '#/components/schemas/StatusDaemon'
        open_cases:
          type: integer
          minimum: 0
        pending_steps:
          type: integer
          minimum: 0
          description: Open cases with a next escalation step stored.
        next_due:
          type: string
          format: date-time
          description: The earliest stored next step; absent when none.
        escalations_last_hour:
          type: integer
          minimum: 0
        outbox:
          $ref: '#/components/schemas/StatusOutbox'
        version:
          $ref: '#/components/schemas/StatusVersion'
    StatusDaemon:
      type: object
      additionalProperties: false
      required:
      - active
      - wheel_filled
      description: The daemon holding the database's lock, as its last heartbeat says; the record's fields are absent
        when no daemon ever ran.
      properties:
        active:
          type: boolean
          description: A daemon holds the supervisor lock.
        state:
          type: string
          enum:
          - starting
          - catching-up
          - running
          - retrying
          - standby
          - stopped
        wheel_filled:
          type: boolean
          description: This daemon supervises (its wheel is filled and caught up).
        pid:
          type: integer
        host:
          type: string
        started_at:
          type: string
          format: date-time
        heartbeat_at:
          type: string
          format: date-time
          description: Its last wake (an idle daemon wakes at least once a minute).
        heartbeat_age_seconds:
          type: integer
          minimum: 0
        waiting:
          type: integer
          minimum: 0
          description: Cases waiting on its wheel.
        next_due:
          type: string
          format: date-time
        log_position:
          type: integer
          minimum: 0
    StatusOutbox:
      type: object
      additionalProperties: false
      required:
      - depth
      - unrouted
      - pending
      - failed
      - dead
      properties:
        depth:
          type: integer
          minimum: 0
          description: Notices to route plus deliveries pending or failed.
        unrouted:
          type: integer
          minimum: 0
        pending:
          type: integer
          minimum: 0
        failed:
          type: integer
          minimum: 0
        dead:
          type: integer
          minimum: 0
        oldest_pending_created_at:
          type: string
          format: date-time
        oldest_pending_age_seconds:
          type: integer
          minimum: 0
    StatusVersion:
      type: object
      additionalProperties: false
      required:
      - api
      - schema
      properties:
        api:
          type: string
          const: v1
        schema:
          type: string
          description: The store's latest schema migration
          e.g. v6-outbox.: null
    Assessment:
      type: object
      description: The report `casewatch assess --format json` writes (its `schema` names the version of this shape).
      required:
      - schema
      - period
      - as_of
      - level
      - rows
      - total
      - rules
      - policy_versions
      - event_log
      - checksum
      properties:
        schema:
          type: string
        period:
          type: object
          required:
          - from
          - to
          - label
          - zone
          properties:
            from:
              type: string
              format: date
            to:
              type: string
              format: date
            label:
              type: string
            zone:
              type: string
        as_of:
          type: string
          format: date-time
        level:
          type: string
          enum:
          - unit
          - street
          - district
          - city
        rows:
          type: array
          items:
            $ref: '#/components/schemas/AssessmentRow'
        total:
          $ref: '#/components/schemas/AssessmentRow'
        rules:
          type: object
        policy_versions:
          type: array
        event_log:
          type: object
          properties:
            first_seq:
              type:
              - integer
              - 'null'
            last_seq:
              type:
              - integer
              - 'null'
        checksum:
          type: string
    AssessmentRow:
      type: object
      required:
      - unit
      - name
      - received
      - score
      properties:
        rank:
          type:
          - integer
          - 'null'
          description: Null in the total row.
        unit:
          type: string
        name:
          type: string
        received:
          type: integer
        acceptance_due:
          type: integer
        accepted_on_time:
          type: integer
        resolved_on_time:
          type: integer
        resolved_late:
          type: integer
        open_overdue:
          type: integer
        reopened:
          type: integer
        surveyed:
          type: integer
        satisfied:
          type: integer
        basically_satisfied:
          type: integer
        signoffs:
          type: integer
        signoffs_escalated:
          type: integer
        response_rate:
          type:
          - number
          - 'null'
        resolution_rate:
          type:
          - number
          - 'null'
        satisfaction_rate:
          type:
          - number
          - 'null'
        deductions:
          type: number
        score:
          type:
          - number
          - 'null'
        small_sample:
          type: boolean
        escalations:
          type: object
          additionalProperties:
            type: integer
    EventRecord:
      type: object
      description: 'One case event, as a line of `casewatch ingest` JSON lines. The fields besides the five required

        ones depend on `type` (see POST /v1/events); personal-data fields are accepted and dropped.

        '
      required:
      - id
      - case
      - type
      - at
      - actor
      properties:
        id:
          type: string
          minLength: 1
          description: The event id, unique for good (idempotency key).
        case:
          type: string
          minLength: 1
        type:
          type: string
          enum:
          - registered
          - dispatched
          - accepted
          - suspended
          - resumed
          - extension_requested
          - extension_granted
          - extension_denied
          - transferred
          - returned
          - replied
          - closed
          - reopened
        at:
          type: string
          format: date-time
          description: When it happened, RFC 3339 with its offset.
        actor:
          type: string
          minLength: 1
        category:
          type: string
        urgency:
          type: string
        policy_version:
          type: string
        unit:
          type: string
        resolve_by:
          type: string
          format: date-time
        to:
          type: string
        reason:
          type: string
        satisfaction:
          type: string
        days:
          oneOf:
          - type: string
          - type: integer
      additionalProperties: true
    IngestResult:
      type: object
      required:
      - stored
      - duplicates
      - rejected
      - batch
      - dropped_fields
      properties:
        stored:
          type: integer
          minimum: 0
          description: Events this request stored.
        duplicates:
          type: integer
          minimum: 0
          description: Events skipped because they were already stored (or repeated in the request) with the same
            content.
        rejected:
          type: array
          description: The invalid events, by position (only with skip_invalid=true; else always empty).
          items:
            $ref: '#/components/schemas/RecordProblem'
        batch:
          type:
          - integer
          - 'null'
          description: The ingest batch this request wrote (its id in the audit entry `ingest.batch`); null when
            the check found nothing new to write (every event invalid or already stored).
        dropped_fields:
          type: object
          description: Personal-data fields dropped on reading, with how many events carried each.
          additionalProperties:
            type: integer
            minimum: 1
      additionalProperties: false
    CaseStatus:
      type: string
      enum:
      - registered
      - dispatched
      - accepted
      - suspended
      - returned
      - replied
      - closed
    Deadline:
      type: object
      required:
      - due
      - extended_due
      - met_at
      - provisional
      - explicit
      properties:
        due:
          type: string
          format: date-time
          description: As first computed (with the pauses so far).
        extended_due:
          type:
          - string
          - 'null'
          format: date-time
          description: After granted extensions.
        met_at:
          type:
          - string
          - 'null'
          format: date-time
        provisional:
          type: boolean
          description: Rests on a year the work calendar does not cover.
        explicit:
          type: boolean
          description: Set by the hotline at dispatch rather than by the policy.
      additionalProperties: false
    NextStep:
      type: object
      required:
      - tier
      - deadline
      - due
      - provisional
      properties:
        tier:
          type: string
          enum:
          - warning
          - overdue
          - urge
          - leadership
          - notice
        deadline:
          type: string
          enum:
          - accept
          - resolve
        due:
          type: string
          format: date-time
        provisional:
          type: boolean
      additionalProperties: false
    CaseSummary:
      description: A case as a listing shows it.
      allOf:
      - $ref: '#/components/schemas/CaseFields'
      unevaluatedProperties: false
    CaseFields:
      type: object
      description: The members every case carries (CaseSummary and CaseDetail).
      required:
      - id
      - unit
      - category
      - urgency
      - status
      - cycle
      - policy_version
      - registered_at
      - accept
      - resolve
      - overdue
      - suspended_since
      - closed_at
      - next_step
      properties:
        id:
          type: string
        unit:
          type:
          - string
          - 'null'
          description: The unit charged; null before dispatch and after a return.
        category:
          type: string
        urgency:
          type: string
        status:
          $ref: '#/components/schemas/CaseStatus'
        cycle:
          type: integer
          minimum: 0
          description: The resolution cycle (1 at the first dispatch).
        policy_version:
          type: string
        registered_at:
          type: string
          format: date-time
        accept:
          oneOf:
          - $ref: '#/components/schemas/Deadline'
          - type: 'null'
        resolve:
          oneOf:
          - $ref: '#/components/schemas/Deadline'
          - type: 'null'
        overdue:
          type: boolean
          description: Open and past its accept (unaccepted) or resolve (unreplied) deadline in force, at now (GET
            /v1/cases/{id}) or `as_of` (listing).
        suspended_since:
          type:
          - string
          - 'null'
          format: date-time
        closed_at:
          type:
          - string
          - 'null'
          format: date-time
        next_step:
          description: The next ladder step the supervision waits on (fired tiers excluded); null when none.
          oneOf:
          - $ref: '#/components/schemas/NextStep'
          - type: 'null'
    CaseEscalation:
      type: object
      required:
      - tier
      - cycle
      - unit
      - due
      - detected
      - late_seconds
      properties:
        tier:
          type: string
          enum:
          - warning
          - overdue
          - urge
          - leadership
          - notice
        cycle:
          type: integer
        unit:
          type: string
        due:
          type: string
          format: date-time
        detected:
          type: string
          format: date-time
        late_seconds:
          type: integer
          description: detected − due, in seconds.
      additionalProperties: false
    CaseSignoff:
      type: object
      required:
      - id
      - level
      - status
      - due
      properties:
        id:
          type: integer
        level:
          type: string
        status:
          type: string
          enum:
          - pending
          - approved
          - rejected
          - returned
          - escalated
        due:
          type: string
          format: date-time
      additionalProperties: false
    CaseDetail:
      description: A case in full.
      allOf:
      - $ref: '#/components/schemas/CaseFields'
      type: object
      required:
      - as_of
      - escalations
      - signoffs
      properties:
        as_of:
          type: string
          format: date-time
          description: The instant `overdue` is judged at (now).
        escalations:
          type: array
          description: In detection order.
          items:
            $ref: '#/components/schemas/CaseEscalation'
        signoffs:
          type: array
          description: Oldest due first.
          items:
            $ref: '#/components/schemas/CaseSignoff'
      unevaluatedProperties: false
    CasePage:
      type: object
      required:
      - items
      - next_cursor
      properties:
        items:
          type: array
          items:
            $ref: '#/components/schemas/CaseSummary'
        next_cursor:
          type:
          - string
          - 'null'
          description: Pass as `cursor` for the next page; null on the last page.
      additionalProperties: false
    TierName:
      type: string
      enum:
      - warning
      - overdue
      - urge
      - leadership
      - notice
    Escalation:
      type: object
      additionalProperties: false
      required:
      - id
      - case_id
      - cycle
      - tier
      - unit
      - due_at
      - detected_at
      - late_seconds
      - points
      - signoff
      properties:
        id:
          type: string
          pattern: ^[0-9]+$
          description: 'The cursor: the commit-ordered row id.'
        case_id:
          type: string
        cycle:
          type: integer
          minimum: 0
        tier:
          $ref: '#/components/schemas/TierName'
        unit:
          type: string
          description: The unit charged.
        unit_name:
          type: string
          description: The unit's name (only in the wall's events).
        due_at:
          type: string
          format: date-time
        detected_at:
          type: string
          format: date-time
        late_seconds:
          type: integer
          minimum: 0
          description: How long after its due instant it was detected.
        points:
          type: number
          description: Assessment points deducted from the unit.
        signoff:
          description: For a tier that asks a leader to sign off, the sign-off's level and current status.
          oneOf:
          - type: 'null'
          - type: object
            additionalProperties: false
            required:
            - level
            - status
            properties:
              level:
                type: string
              status:
                type: string
                enum:
                - pending
                - approved
                - rejected
                - returned
                - escalated
    EscalationPage:
      type: object
      additionalProperties: false
      required:
      - items
      - next_cursor
      properties:
        items:
          type: array
          items:
            $ref: '#/components/schemas/Escalation'
        next_cursor:
          type:
          - string
          - 'null'
    WallSummary:
      type: object
      additionalProperties: false
      required:
      - now
      - totals
      - districts
      - deadlines
      - signoffs
      - top_units
      - recent_escalations
      properties:
        now:
          type: string
          format: date-time
          description: The daemon's instant (its clock may be simulated).
        totals:
          type: object
          additionalProperties: false
          required:
          - open
          - overdue
          properties:
            open:
              type: integer
              minimum: 0
            overdue:
              type: integer
              minimum: 0
        districts:
          type: array
          description: Per district (a row for every district), one row for the city's departments and one for undispatched
            cases when they hold any; most overdue first.
          items:
            type: object
            additionalProperties: false
            required:
            - kind
            - open
            - overdue
            properties:
              kind:
                type: string
                enum:
                - district
                - departments
                - unassigned
              unit:
                type: string
              name:
                type: string
              open:
                type: integer
                minimum: 0
              overdue:
                type: integer
                minimum: 0
        deadlines:
          type: object
          additionalProperties: false
          required:
          - day_end
          - instants
          - truncated
          description: The earliest unmet deadline of each open case falling due from `now` to the end of the local
            day, in order (at most 5,000).
          properties:
            day_end:
              type: string
              format: date-time
            instants:
              type: array
              items:
                type: string
                format: date-time
            truncated:
              type: boolean
        signoffs:
          type: array
          items:
            type: object
            additionalProperties: false
            required:
            - level
            - count
            - oldest
            properties:
              level:
                type: string
              count:
                type: integer
                minimum: 0
              oldest:
                type: array
                maxItems: 5
                items:
                  type: object
                  additionalProperties: false
                  required:
                  - case_id
                  - unit
                  - unit_name
                  - waiting_since
                  - due
                  properties:
                    case_id:
                      type: string
                    unit:
                      type: string
                    unit_name:
                      type: string
                    waiting_since:
                      type: string
                      format: date-time
                    due:
                      type: string
                      format: date-time
        top_units:
          type: array
          maxItems: 8
          items:
            type: object
            additionalProperties: false
            required:
            - unit
            - name
            - open
            - overdue
            properties:
              unit:
                type: string
              name:
                type: string
              district:
                type: string
              open:
                type: integer
                minimum: 0
              overdue:
                type: integer
                minimum: 1
        recent_escalations:
          type: array
          maxItems: 20
          items:
            $ref: '#/components/schemas/Escalation'
    Signoff:
      type: object
      description: A leadership sign-off (领导批示). Instants in the policies' display zone.
      required:
      - id
      - case_id
      - unit_id
      - cycle
      - escalation_id
      - escalation_due_at
      - level
      - status
      - due_at
      - decided_by
      - decided_at
      - instruction
      - reason
      - returned_at
      - order_case_id
      - escalated_to
      properties:
        id:
          type: integer
          format: int64
        case_id:
          type: string
        unit_id:
          type: string
          description: The unit the escalation charged.
        cycle:
          type: integer
          minimum: 0
          description: The case's resolution cycle.
        escalation_id:
          type: integer
          format: int64
        escalation_due_at:
          type: string
          format: date-time
          description: When the leadership escalation fell due.
        level:
          type: string
          description: The level of leader it is addressed to, e.g. district, city.
        status:
          type: string
          enum:
          - pending
          - approved
          - rejected
          - returned
          - escalated
        due_at:
          type: string
          format: date-time
          description: When it must be signed by.
        decided_by:
          type:
          - string
          - 'null'
        decided_at:
          type:
          - string
          - 'null'
          format: date-time
        instruction:
          type:
          - string
          - 'null'
          description: An approval's instruction.
        reason:
          type:
          - string
          - 'null'
          description: A rejection's or return's reason.
        returned_at:
          type:
          - string
          - 'null'
          format: date-time
        order_case_id:
          type:
          - string
          - 'null'
          description: The supervision order an approval opened.
        escalated_to:
          type:
          - integer
          - 'null'
          format: int64
          description: The sign-off it passed up to when it expired.
      additionalProperties: false
    SignoffPage:
      type: object
      required:
      - items
      - next_cursor
      properties:
        items:
          type: array
          items:
            $ref: '#/components/schemas/Signoff'
        next_cursor:
          type:
          - string
          - 'null'
      additionalProperties: false
    ApproveDecision:
      type: object
      required:
      - instruction
      properties:
        instruction:
          type: string
          description: What the unit must do (not blank; trimmed).
        deadline:
          type: string
          description: 'How long the unit has, on the case''s calendar, e.g. "3 working days" or 48h (default: the
            policy''s supervision order deadline).'
      additionalProperties: false
    ReasonDecision:
      type: object
      required:
      - reason
      properties:
        reason:
          type: string
          description: Why (not blank; trimmed).
      additionalProperties: false
    DecidedSignoff:
      type: object
      required:
      - signoff
      properties:
        signoff:
          $ref: '#/components/schemas/Signoff'
      additionalProperties: false
    ApprovedSignoff:
      type: object
      required:
      - signoff
      - order
      properties:
        signoff:
          $ref: '#/components/schemas/Signoff'
        order:
          type: object
          required:
          - case_id
          - due_at
          properties:
            case_id:
              type: string
              description: The supervision order's case, SO-<sign-off id>.
            due_at:
              type: string
              format: date-time
          additionalProperties: false
      additionalProperties: false
    RejectedSignoff:
      type: object
      required:
      - signoff
      - points_reversed
      properties:
        signoff:
          $ref: '#/components/schemas/Signoff'
        points_reversed:
          type: string
          pattern: ^[0-9]+(\.[0-9]{1,2})?$
          description: The assessment points given back, as a decimal, e.g. "2" or "1.5".
      additionalProperties: false
    AuthenticationProblem:
      description: A 401 problem; `reason` says why the credential was refused.
      allOf:
      - $ref: '#/components/schemas/Problem'
      - type: object
        required:
        - reason
        properties:
          type:
            const: urn:casewatch:problem:unauthenticated
          status:
            const: 401
          reason:
            type: string
            enum:
            - missing
            - malformed
            - unknown
            - revoked
            description: 'missing: no credential; malformed: shaped neither as an API key nor as a leader''s token;

              unknown: not a credential CaseWatch issued (or a wrong secret); revoked: revoked.

              '
    ForbiddenProblem:
      description: A 403 problem; the credential is valid but lacks the scope the route needs.
      allOf:
      - $ref: '#/components/schemas/Problem'
      - type: object
        properties:
          type:
            const: urn:casewatch:problem:forbidden
          status:
            const: 403
    RateLimitedProblem:
      description: A 429 problem; the key or leader sent more requests than the daemon's --rate-limit allows.
      allOf:
      - $ref: '#/components/schemas/Problem'
      - type: object
        required:
        - retry_after_seconds
        properties:
          type:
            const: urn:casewatch:problem:rate-limited
          status:
            const: 429
          retry_after_seconds:
            type: integer
            minimum: 1
            description: The same as the Retry-After header.
  responses:
    Problem:
      description: A problem (see its `type`).
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
    Unauthenticated:
      description: No credential, or one that is malformed, unknown or revoked.
      headers:
        WWW-Authenticate:
          description: '`Bearer realm="casewatch"`, with `error="invalid_token"` when a credential was presented.'
          required: true
          schema:
            type: string
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/AuthenticationProblem'
    Forbidden:
      description: The credential is valid but may not do this.
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/ForbiddenProblem'
    RateLimited:
      description: Too many requests from this key or leader; each has a token bucket (--rate-limit <n>/s, bursts
        of 2n).
      headers:
        Retry-After:
          description: Whole seconds to wait before retrying (at least 1).
          required: true
          schema:
            type: integer
            minimum: 1
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/RateLimitedProblem'
  parameters:
    EscalationAfter:
      name: after
      in: query
      required: false
      description: The cursor (an escalation's `id`) to start after; 0 for the first.
      schema:
        type: string
        pattern: ^[0-9]+$
    EscalationTier:
      name: tier
      in: query
      required: false
      description: Only this tier.
      schema:
        $ref: '#/components/schemas/TierName'
    EscalationUnit:
      name: unit
      in: query
      required: false
      description: Only escalations charged to this unit or any unit under it in the unit tree (a unit id of units.yaml).
      schema:
        type: string
        minLength: 1
    LastEventID:
      name: Last-Event-ID
      in: header
      required: false
      description: The id of the last event received; the stream resumes after it (it wins over `after`).
      schema:
        type: string
        pattern: ^[0-9]+$
    AccessToken:
      name: access_token
      in: query
      required: false
      description: 'The key, for a browser''s EventSource (only with `Accept: text/event-stream`).'
      schema:
        type: string
    SignoffID:
      name: id
      in: path
      required: true
      description: The sign-off's id (a non-numeric id is answered 400 invalid-parameter).
      schema:
        type: integer
        format: int64
        minimum: 1
"""#
}
