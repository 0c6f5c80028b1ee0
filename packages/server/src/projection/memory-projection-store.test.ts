import { describeProjectionStoreContract } from '../testing/projection-store-contract';
import { createMemoryProjectionStore } from './memory-projection-store';

describeProjectionStoreContract('memory', async () => createMemoryProjectionStore());
