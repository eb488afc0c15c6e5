// The Plan schema reader over a made-up CRD laid out like the controller's generated one (no
// controller code): descriptions dropped, unknown fields refused, int-or-string spelled out.
import { describe, expect, it } from 'vitest';
import { extractPlanSchema, strictSchema } from './refresh-suc-plan-schema.mjs';

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
spec:
  group: example.io
  names: {kind: Thing}
  versions:
  - name: v2
    served: true
    schema:
      openAPIV3Schema:
        description: A thing.
        properties:
          spec:
            properties:
              size: {type: integer, description: how big}
              labels:
                type: object
                additionalProperties: {type: string}
              timeout:
                x-kubernetes-int-or-string: true
            required: [size]
            type: object
        type: object
  - name: v1
    served: false
`;

describe('refresh-suc-plan-schema', () => {
  it('keeps the served version’s schema, strict where properties are listed, maps left open', () => {
    expect(extractPlanSchema(CRD)).toEqual({
      apiVersion: 'example.io/v2',
      kind: 'Thing',
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          spec: {
            type: 'object',
            additionalProperties: false,
            required: ['size'],
            properties: {
              size: { type: 'integer' },
              labels: { type: 'object', additionalProperties: { type: 'string' } },
              timeout: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
            },
          },
        },
      },
    });
  });

  it('refuses what it cannot read rather than writing half a schema', () => {
    expect(() => extractPlanSchema('kind: ConfigMap\n')).toThrow('not a CustomResourceDefinition');
    expect(() => extractPlanSchema(CRD.replace('served: false', 'served: true'))).toThrow('one served version');
    expect(strictSchema({ type: 'object' })).toEqual({ type: 'object' });
  });
});
