package org.manara.classifiers.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes {@link LinearModel}s in a small gzip'd binary format: a header (labels,
 * featuriser spec, provenance), then per weight row the bias and the non-zero weights as
 * delta-coded indices with 16-bit quantised values (one scale per row). Quantisation error is below
 * 1/65,534 of the row's largest weight, far under what moves a prediction, and keeps the shipped
 * files small.
 */
public final class ModelIo {
    private static final String MAGIC = "manara-linear-model";
    private static final int VERSION = 1;

    private ModelIo() {}

    public static void write(LinearModel model, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(model, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + file, e);
        }
    }

    public static void write(LinearModel model, OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(raw));
        DataOutputStream out = new DataOutputStream(gz);
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(model.labels().size());
        for (String l : model.labels()) {
            out.writeUTF(l);
        }
        out.writeUTF(model.features());
        Map<String, String> info = new TreeMap<>(model.info());
        out.writeInt(info.size());
        for (Map.Entry<String, String> e : info.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeInt(model.dimension());
        out.writeInt(model.weights().length);
        for (int r = 0; r < model.weights().length; r++) {
            float[] w = model.weights()[r];
            out.writeFloat(model.bias()[r]);
            float max = 0;
            for (float v : w) {
                max = Math.max(max, Math.abs(v));
            }
            float scale = max == 0 ? 1f : max / Short.MAX_VALUE;
            out.writeFloat(scale);
            int nnz = 0;
            for (float v : w) {
                if (Math.round(v / scale) != 0) {
                    nnz++;
                }
            }
            out.writeInt(nnz);
            int last = 0;
            for (int i = 0; i < w.length; i++) {
                int q = Math.round(w[i] / scale);
                if (q != 0) {
                    writeVarInt(out, i - last);
                    out.writeShort(q);
                    last = i;
                }
            }
        }
        out.flush();
        gz.finish();
        gz.flush();
    }

    public static LinearModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a model shipped on the classpath, e.g. {@code /org/manara/classifiers/spam/x.model}.
     */
    public static LinearModel resource(String name) {
        try (InputStream in = ModelIo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("model resource missing: " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model resource " + name, e);
        }
    }

    public static LinearModel read(InputStream raw) throws IOException {
        DataInputStream in =
                new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        try {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
                throw new IOException("not a Manara linear model (version " + VERSION + ")");
            }
            int k = in.readInt();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                labels.add(in.readUTF());
            }
            String features = in.readUTF();
            int infoSize = in.readInt();
            Map<String, String> info = new TreeMap<>();
            for (int i = 0; i < infoSize; i++) {
                info.put(in.readUTF(), in.readUTF());
            }
            int dim = in.readInt();
            int rows = in.readInt();
            float[][] weights = new float[rows][dim];
            float[] bias = new float[rows];
            for (int r = 0; r < rows; r++) {
                bias[r] = in.readFloat();
                float scale = in.readFloat();
                int nnz = in.readInt();
                int index = 0;
                for (int j = 0; j < nnz; j++) {
                    index += readVarInt(in);
                    weights[r][index] = in.readShort() * scale;
                }
            }
            return new LinearModel(labels, features, weights, bias, info);
        } catch (EOFException | ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("truncated or corrupt model: " + e, e);
        }
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("malformed varint");
    }
}
