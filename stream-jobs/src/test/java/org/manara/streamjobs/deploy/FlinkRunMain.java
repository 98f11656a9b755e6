package org.manara.streamjobs.deploy;

import java.io.File;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.client.ClientUtils;
import org.apache.flink.client.deployment.executors.RemoteExecutor;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.DefaultExecutorServiceLoader;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;

/**
 * A Flink cluster plus {@code flink run} in one JVM whose class path holds Flink but not the job's
 * own dependencies, as on a real cluster ({@link JobJarIT} starts it): a session cluster with a
 * REST endpoint, and the jar submitted to it as {@code CliFrontend} does, attached, so this returns
 * when the job ends. Uses Flink classes only, so it loads on that class path.
 *
 * <p>Arguments: the job jar, then the job's arguments. Exit 0 when the job finished.
 */
public final class FlinkRunMain {

    public static void main(String[] args) throws Exception {
        Configuration clusterConfig = new Configuration();
        clusterConfig.set(RestOptions.BIND_PORT, "0");
        try (MiniCluster cluster =
                new MiniCluster(
                        new MiniClusterConfiguration.Builder()
                                .setConfiguration(clusterConfig)
                                .setNumTaskManagers(1)
                                .setNumSlotsPerTaskManager(2)
                                .build())) {
            cluster.start();
            URI rest = cluster.getRestAddress().get();
            Configuration client = new Configuration();
            client.set(DeploymentOptions.TARGET, RemoteExecutor.NAME);
            client.set(DeploymentOptions.ATTACHED, true);
            client.set(RestOptions.ADDRESS, rest.getHost());
            client.set(RestOptions.PORT, rest.getPort());
            // CliFrontend ships the program's jar with the job through pipeline.jars.
            client.set(PipelineOptions.JARS, List.of(new File(args[0]).toURI().toURL().toString()));
            PackagedProgram program =
                    PackagedProgram.newBuilder()
                            .setJarFile(new File(args[0]))
                            .setConfiguration(client)
                            .setArguments(Arrays.copyOfRange(args, 1, args.length))
                            .build();
            try {
                ClientUtils.executeProgram(
                        new DefaultExecutorServiceLoader(), client, program, false, false);
            } finally {
                program.close();
            }
            System.out.println("JOB FINISHED");
        }
        System.exit(0);
    }

    private FlinkRunMain() {}
}
