package org.manara.streamjobs.sink;

import java.io.Serializable;

/** Builds a {@link BulkClient} inside each sink subtask (clients are not serialisable). */
@FunctionalInterface
public interface BulkClientFactory extends Serializable {

    BulkClient create();
}
