package org.manara.embedded.elasticsearch;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

import java.util.List;
import java.util.function.Supplier;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/**
 * {@code GET /} and {@code HEAD /}: the node and version document that clients use for {@code
 * info()} and {@code ping()}. Real distributions serve it from the {@code rest-root} module, which
 * is not published to Maven; the fields are the same.
 */
final class RootInfoAction extends BaseRestHandler {
    private final Supplier<ClusterService> clusterService;

    RootInfoAction(Supplier<ClusterService> clusterService) {
        this.clusterService = clusterService;
    }

    @Override
    public String getName() {
        return "manara_embedded_root_info";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
    }

    @Override
    public boolean canTripCircuitBreaker() {
        return false;
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        return channel -> {
            XContentBuilder builder = channel.newBuilder();
            if (!request.hasParam("pretty")) {
                builder.prettyPrint().lfAtEnd();
            }
            writeInfo(builder, clusterService.get());
            channel.sendResponse(new RestResponse(RestStatus.OK, builder));
        };
    }

    static void writeInfo(XContentBuilder builder, ClusterService cluster) throws Exception {
        Build build = Build.current();
        builder.startObject();
        builder.field("name", cluster.getNodeName());
        builder.field("cluster_name", cluster.getClusterName().value());
        builder.field("cluster_uuid", cluster.state().metadata().clusterUUID());
        builder.startObject("version")
                .field("number", build.qualifiedVersion())
                .field("build_flavor", "default")
                .field("build_type", build.type().displayName())
                .field("build_hash", build.hash())
                .field("build_date", build.date())
                .field("build_snapshot", build.isSnapshot())
                .field("lucene_version", IndexVersion.current().luceneVersion().toString())
                .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                .endObject();
        builder.field("tagline", "You Know, for Search");
        builder.endObject();
    }
}
