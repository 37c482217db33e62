import { z } from 'zod';
import type { RecordMeta } from './record';

export const systemKinds = ['system', 'server', 'terminal', 'medicalDevice', 'networkDevice'] as const;
export type SystemKind = (typeof systemKinds)[number];

export const criticalityLevels = ['high', 'medium', 'low'] as const;

export const systemSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  kind: z.enum(systemKinds),
  location: z
    .object({
      building: z.string().trim().max(60).default(''),
      floor: z.string().trim().max(20).default(''),
      room: z.string().trim().max(60).default(''),
      rack: z.string().trim().max(40).default(''),
    })
    .default({ building: '', floor: '', room: '', rack: '' }),
  segment: z.string().trim().max(80).default(''),
  vendorContactId: z.string().default(''),
  criticality: z.enum(criticalityLevels).default('medium'),
  /** 1 is restored first. Kept apart from criticality: a low-criticality DNS server may have to come back first. */
  restorePriority: z.number().int().min(1).max(999).default(100),
  rtoHours: z.number().min(0).max(10_000).nullable().default(null),
  rpoHours: z.number().min(0).max(10_000).nullable().default(null),
  notes: z.string().trim().max(4000).default(''),
});

export type SystemFields = z.output<typeof systemSchema>;
export type InventorySystem = SystemFields & RecordMeta;
