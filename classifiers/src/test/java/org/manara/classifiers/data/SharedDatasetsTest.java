package org.manara.classifiers.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedDatasetsTest {
    @TempDir Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsSmsSpamWithUnbalancedQuotes() throws IOException {
        write("SMSSpamCollection", "ham\tHe said \"ok\nspam\tWIN \"free\" cash now\nham\tfine");
        Dataset d = SharedDatasets.smsSpam(dir);
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.rows().get(0).text()).isEqualTo("He said \"ok");
        assertThat(d.counts()).containsEntry("ham", 2).containsEntry("spam", 1);
    }

    @Test
    void smsSpamRowWithoutTabNamesFileAndLine() throws IOException {
        write("SMSSpamCollection", "ham\tfine\nspam no tab here\n");
        assertThatThrownBy(() -> SharedDatasets.smsSpam(dir))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("SMSSpamCollection:2")
                .hasMessageContaining("expected 2 fields");
    }

    @Test
    void unknownLabelIsRejected() throws IOException {
        write("SMSSpamCollection", "ham\tfine\nscam\tsend money\n");
        assertThatThrownBy(() -> SharedDatasets.smsSpam(dir))
                .hasMessageContaining("unknown label 'scam'");
    }

    @Test
    void readsDavidsonClassesAndQuotedCommas() throws IOException {
        write(
                "labeled_data.csv",
                ",count,hate_speech,offensive_language,neither,class,tweet\n"
                        + "0,3,0,0,3,2,\"hello, world\"\n"
                        + "1,3,2,1,0,0,\"a \"\"quoted\"\" slur\nacross lines\"\n"
                        + "2,3,0,3,0,1,rude\n");
        Dataset d = SharedDatasets.davidson(dir);
        assertThat(d.labels()).containsExactly("neither", "hate", "offensive");
        assertThat(d.rows().get(0).text()).isEqualTo("hello, world");
        assertThat(d.rows().get(1).text()).isEqualTo("a \"quoted\" slur\nacross lines");
    }

    @Test
    void davidsonWithWrongHeaderFailsOnLineOne() throws IOException {
        write("labeled_data.csv", "id,text,label\n1,x,0\n");
        assertThatThrownBy(() -> SharedDatasets.davidson(dir))
                .hasMessageContaining("labeled_data.csv:1")
                .hasMessageContaining("'class'");
    }

    @Test
    void joinsOlidTestTextsWithLabelsAndReportsMissingIds() throws IOException {
        write("testset-levela.tsv", "id\ttweet\n1\t@USER you are great\n2\t@USER shut up\n");
        write("labels-levela.csv", "1,NOT\n2,OFF\n");
        assertThat(SharedDatasets.olidTestA(dir).labels()).containsExactly("NOT", "OFF");
        write("labels-levela.csv", "1,NOT\n");
        assertThatThrownBy(() -> SharedDatasets.olidTestA(dir))
                .hasMessageContaining("id 2 has no label");
    }

    @Test
    void osactRestoresNewlines() throws IOException {
        write("OSACT2020-sharedTask-train.txt", "سطر<LF>ثاني\tOFF\tNOT_HS\n");
        Dataset d = SharedDatasets.osactA(dir, "train");
        assertThat(d.rows().get(0).text()).isEqualTo("سطر\nثاني");
        assertThat(SharedDatasets.osactB(dir, "train").labels()).containsExactly("NOT_HS");
    }

    @Test
    void lhsabKeepsQuotedMultilineTweetsAndTrimsLabels() throws IOException {
        write("L-HSAB.tsv", "Tweet\tClass\n\"سطر\nثاني\"\tnormal\nتغريدة\thate \n");
        Dataset d = SharedDatasets.lhsab(dir);
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.rows().get(0).text()).isEqualTo("سطر\nثاني");
        assertThat(d.labels()).containsExactly("normal", "hate");
    }

    @Test
    void ethosThresholdsTheAnnotatorFraction() throws IOException {
        write("Ethos_Dataset_Binary.csv", "comment;isHate\nx;0.5\ny;0.1666\nz;not-a-number\n");
        assertThatThrownBy(() -> SharedDatasets.ethos(dir)).hasMessageContaining("'not-a-number'");
        write("Ethos_Dataset_Binary.csv", "comment;isHate\nx;0.5\ny;0.1666\n");
        assertThat(SharedDatasets.ethos(dir).labels()).containsExactly("hate", "not_hate");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> SharedDatasets.mlma(dir, "ar"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("no such file")
                .hasMessageContaining("ar_dataset.csv");
    }

    @Test
    void csvDatasetFindsColumnsByNameOrNumber() throws IOException {
        write("x.csv", "id;body;gold\n1;hello;ham\n2;\"buy; now\";spam\n");
        Dataset byName = CsvDataset.read(dir.resolve("x.csv"), "body", "gold", ';');
        Dataset byNumber = CsvDataset.read(dir.resolve("x.csv"), "2", "3", ';');
        assertThat(byName.rows()).isEqualTo(byNumber.rows());
        assertThat(byName.rows().get(1).text()).isEqualTo("buy; now");
        assertThatThrownBy(() -> CsvDataset.read(dir.resolve("x.csv"), "text", "gold", ';'))
                .hasMessageContaining("no column 'text'");
        write("short.csv", "a,b,c\n1,2\n");
        assertThatThrownBy(() -> CsvDataset.read(dir.resolve("short.csv"), "a", "c", ','))
                .hasMessageContaining("short.csv:2");
    }
}
