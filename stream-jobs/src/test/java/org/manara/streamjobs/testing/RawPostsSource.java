package org.manara.streamjobs.testing;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.manara.streamjobs.serde.RawPost;

/** A bounded source of raw records from a list, each stamped as if read from {@code test/0/i}. */
public final class RawPostsSource {

    public static DataGeneratorSource<RawPost> of(List<byte[]> records) {
        ArrayList<byte[]> copy = new ArrayList<>(records);
        GeneratorFunction<Long, RawPost> generator =
                i -> new RawPost(copy.get(i.intValue()), "test", 0, i);
        return new DataGeneratorSource<>(generator, copy.size(), TypeInformation.of(RawPost.class));
    }

    private RawPostsSource() {}
}
