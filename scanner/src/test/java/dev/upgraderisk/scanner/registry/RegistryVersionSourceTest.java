package dev.upgraderisk.scanner.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upgraderisk.kb.Ecosystem;
import dev.upgraderisk.kb.PackageName;
import dev.upgraderisk.scanner.advice.LoopbackRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go module proxy and npm registry clients against registries on loopback that speak the real protocols. */
class RegistryVersionSourceTest {
    @TempDir
    Path tmp;

    private static final PackageName WEBSOCKET = new PackageName(Ecosystem.GO, "nhooyr.io/websocket");
    private static final String WEBSOCKET_LIST = "v1.8.7\nv1.8.10\nv1.8.11\nv1.8.17\n";

    private VersionListCache cache() {
        return new VersionListCache(tmp.resolve("cache"));
    }

    @Test
    void goProxyListAndCache() throws Exception {
        try (LoopbackRegistry proxy = new LoopbackRegistry(Map.of("/nhooyr.io/websocket/@v/list", WEBSOCKET_LIST))) {
            var source = new GoProxyVersionSource(Map.of("GOPROXY", proxy.url()), false, cache());
            assertEquals(List.of("v1.8.7", "v1.8.10", "v1.8.11", "v1.8.17"), source.versions("go.mod", WEBSOCKET));
            assertEquals(1, proxy.requests.size());
            source.versions("go.mod", WEBSOCKET);
            assertEquals(1, proxy.requests.size(), "the second answer comes from the disk cache");
        }
        // offline: the cache still answers, and nothing is asked of the network
        var offline = new GoProxyVersionSource(Map.of("GOPROXY", "http://127.0.0.1:9"), true, cache());
        assertTrue(offline.versions("go.mod", WEBSOCKET).isEmpty(), "another GOPROXY is another cache key");
    }

    @Test
    void goProxyFallsThroughOn404WithCommaAndOnAnyErrorWithPipe() throws Exception {
        try (LoopbackRegistry empty = new LoopbackRegistry(Map.of());
                LoopbackRegistry full = new LoopbackRegistry(Map.of("/nhooyr.io/websocket/@v/list", WEBSOCKET_LIST))) {
            var comma = new GoProxyVersionSource(Map.of("GOPROXY", empty.url() + "," + full.url()), false, cache());
            assertEquals(4, comma.versions("go.mod", WEBSOCKET).size());
            var pipe = new GoProxyVersionSource(
                    Map.of("GOPROXY", "http://127.0.0.1:9|" + full.url() + "/"),
                    false,
                    new VersionListCache(tmp.resolve("cache2")));
            assertEquals(4, pipe.versions("go.mod", WEBSOCKET).size(), "a refused connection falls through with |");
        }
    }

    @Test
    void goProxyOffAndPrivateModulesAreNotAsked() throws Exception {
        try (LoopbackRegistry proxy = new LoopbackRegistry(Map.of("/nhooyr.io/websocket/@v/list", WEBSOCKET_LIST))) {
            var off = new GoProxyVersionSource(Map.of("GOPROXY", "off"), false, cache());
            assertTrue(off.versions("go.mod", WEBSOCKET).isEmpty());
            var priv = new GoProxyVersionSource(
                    Map.of("GOPROXY", proxy.url(), "GOPRIVATE", "*.io,corp.example/*"), false, cache());
            assertTrue(priv.versions("go.mod", WEBSOCKET).isEmpty());
            assertTrue(priv.isPrivate("corp.example/team/lib"));
            assertTrue(!priv.isPrivate("github.com/corp.example/lib"));
            assertEquals(0, proxy.requests.size());
        }
    }

    @Test
    void goProxyEscapesUpperCase() {
        assertEquals("github.com/!burnt!sushi/toml", GoProxyVersionSource.escape("github.com/BurntSushi/toml"));
    }

    @Test
    void npmRegistryFromNpmrcWithScopes() throws Exception {
        String ws = "{\"name\":\"ws\",\"versions\":{\"8.4.1\":{},\"8.4.2\":{},\"8.5.0\":{}}}";
        String scoped = "{\"name\":\"@corp/lib\",\"versions\":{\"1.0.0\":{}}}";
        try (LoopbackRegistry main = new LoopbackRegistry(Map.of("/ws", ws));
                LoopbackRegistry corp = new LoopbackRegistry(Map.of("/@corp%2Flib", scoped))) {
            Path npmrc = Files.writeString(
                    tmp.resolve(".npmrc"), "registry=" + main.url() + "/\n@corp:registry=" + corp.url() + "\n");
            var source = new NpmRegistryVersionSource(List.of(npmrc), false, cache());
            assertEquals(
                    List.of("8.4.1", "8.4.2", "8.5.0"),
                    source.versions("package-lock.json", new PackageName(Ecosystem.NPM, "ws")));
            assertEquals(
                    List.of("1.0.0"),
                    source.versions("package-lock.json", new PackageName(Ecosystem.NPM, "@corp/lib")));
            assertEquals(List.of("/@corp%2Flib"), corp.requests);
        }
    }

    @Test
    void npmOfflineUsesOnlyTheCache() {
        var source = new NpmRegistryVersionSource(List.of(), true, cache());
        assertTrue(source.versions("package-lock.json", new PackageName(Ecosystem.NPM, "ws"))
                .isEmpty());
    }

    @Test
    void npmPublicationTimesComeFromTheFullDocumentOnlyWhenAsked() throws Exception {
        String doc =
                "{\"name\":\"left-pad\",\"versions\":{\"1.3.0\":{}},\"time\":{\"created\":\"2014-03-14T00:00:00.000Z\","
                        + "\"1.3.0\":\"2018-04-09T01:37:07.538Z\"}}";
        try (LoopbackRegistry registry = new LoopbackRegistry(Map.of("/left-pad", doc))) {
            var source = new NpmRegistryVersionSource(
                    Map.of("NPM_CONFIG_REGISTRY", registry.url()), List.of(), false, cache());
            var pkg = new PackageName(Ecosystem.NPM, "left-pad");
            assertEquals(List.of("1.3.0"), source.versions("package-lock.json", pkg));
            assertEquals(1, registry.requests.size());
            assertEquals(Optional.of(Instant.parse("2018-04-09T01:37:07.538Z")), source.released(pkg, "1.3.0"));
            assertEquals(Optional.empty(), source.released(pkg, "9.9.9"));
            assertEquals(
                    2, registry.requests.size(), "one more request, for the full document; then the cache answers");
        }
    }
}
