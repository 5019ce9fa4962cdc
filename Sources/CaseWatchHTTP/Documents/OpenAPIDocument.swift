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
