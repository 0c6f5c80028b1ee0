import { describeProjectionScenarios } from '../testing/projection-scenarios';
import { createMemoryProjectionStore } from './memory-projection-store';

describeProjectionScenarios('in memory', async () => createMemoryProjectionStore());
