import { ALL_PROJECTIONS } from '../projections/all-projections';
import { CHECKPOINTS_TABLE } from '../runner/checkpoints';
import type { DescribedTable } from './read-model-table';

/** Every table of the read-models schema: the checkpoints, then each projection's tables. */
export const READ_MODEL_TABLES: readonly DescribedTable[] = [CHECKPOINTS_TABLE, ...ALL_PROJECTIONS.flatMap((projection) => projection.tables as readonly DescribedTable[])];
