package policygraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts the real Neo4j Community engine, embedded, serving Bolt on one address.
 *
 * <p>Prints {@code READY bolt://HOST:PORT} on stdout once Bolt accepts connections. Stops cleanly on
 * SIGINT or SIGTERM, and also when its standard input closes: the process that started it has
 * gone, so nothing is left running behind a killed parent.
 */
public final class LocalNeo4j {
  private static final String USAGE =
      "usage: LocalNeo4j --home DIR --config FILE --listen HOST:PORT"
          + " [--pagecache SIZE_MB] [--exit-on-stdin-close]  (credentials: env NEO4J_USERNAME, NEO4J_PASSWORD)";

  /** What the process exits with once Neo4j has shut down: 0 unless starting failed. */
  private static volatile int exitCode = 0;

  public static void main(String[] argv) throws Exception {
    // Neo4j closes its logs itself at shutdown. Log4j would also register a JVM shutdown hook
    // the first time it is used, and when that is during shutdown it fails, and so does Neo4j's.
    System.setProperty("log4j2.shutdownHookEnabled", "false");
    Map<String, String> args = parse(argv);
    Path home = Path.of(required(args, "home")).toAbsolutePath();
    // Credentials come from the environment, not the command line, where ps would show them.
    String user = System.getenv().getOrDefault("NEO4J_USERNAME", "neo4j");
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.isEmpty()) {
      fail("NEO4J_PASSWORD is not set");
    }
    Path pidFile = home.resolve("launcher.pid");
    Files.createDirectories(home);
    Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));

    String[] hostPort = required(args, "listen").split(":");
    SocketAddress listen = new SocketAddress(hostPort[0], Integer.parseInt(hostPort[1]));
    long pageCacheBytes = ByteUnit.mebiBytes(Long.parseLong(args.getOrDefault("pagecache", "512")));

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .loadPropertiesFromFile(Path.of(required(args, "config")))
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, listen)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
            // Bolt waits 5 s twice at shutdown by default; a local, single-user Neo4j need not.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  try {
                    Files.deleteIfExists(pidFile);
                  } catch (IOException ignored) {
                    // A pid file left behind is recognised as stale by the next start.
                  }
                  stopped.countDown();
                  // Exit code 0 says "shut down cleanly"; the JVM would report 143 after SIGTERM.
                  Runtime.getRuntime().halt(exitCode);
                }));

    try {
      setCredentials(dbms, user, password);
    } catch (RuntimeException e) {
      e.printStackTrace();
      exitCode = 1;
      System.exit(1);
    }
    System.out.println("READY bolt://" + listen);
    System.out.flush();

    if (args.containsKey("exit-on-stdin-close")) {
      exitWhenStdinCloses();
    }
    stopped.await();
  }

  /** Makes the user log in with this password, as clients would on Docker or Aura. */
  private static void setCredentials(DatabaseManagementService dbms, String user, String password) {
    var system = dbms.database("system");
    Map<String, Object> params = Map.of("user", user, "password", password);
    system.executeTransactionally(
        "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
    try {
      system.executeTransactionally(
          "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (RuntimeException e) {
      // Neo4j refuses to set the password a user already has: that is the state we want.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static void exitWhenStdinCloses() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same as the end of input.
              }
              System.exit(0);
            },
            "stdin-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static Map<String, String> parse(String[] argv) {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      if (!argv[i].startsWith("--")) {
        fail("unexpected argument " + argv[i]);
      }
      String key = argv[i].substring(2);
      boolean isFlag = i + 1 >= argv.length || argv[i + 1].startsWith("--");
      args.put(key, isFlag ? "true" : argv[++i]);
    }
    return args;
  }

  private static String required(Map<String, String> args, String key) {
    String value = args.get(key);
    if (value == null) {
      fail("missing --" + key);
    }
    return value;
  }

  private static void fail(String message) {
    System.err.println("LocalNeo4j: " + message + "\n" + USAGE);
    System.exit(2);
  }
}
