/** Small builders for the hand-written OpenAPI document (openapi.ts and openapi-search.ts). */
export const json = (schema: unknown) => ({ 'application/json': { schema } });
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const error = (description: string) => ({ description, content: json(ref('Error')) });
export const query = (name: string, description: string, schema: Record<string, unknown>, required = false) =>
  ({ name, in: 'query', required, description, schema });
export const badRequest = error('A parameter is invalid; `error.parameter` names it.');
export const limitOf = (max: number, def: number) => ({ type: 'integer', minimum: 1, maximum: max, default: def });
export const intHeader = (description: string) => ({ description, schema: { type: 'integer', minimum: 0 } });
