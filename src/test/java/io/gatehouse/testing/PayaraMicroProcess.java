package io.gatehouse.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Payara Micro as operators start it: {@code java -jar payara-micro.jar --deploy gatehouse.war}, alone
 * ({@code --nocluster}) or as a member of a cluster.
 */
final class PayaraMicroProcess extends ServerProcess {

    PayaraMicroProcess(Process process, int port) {
        super(process, port);
    }

    /** The command line; the cluster arguments, when there are any, stand where {@code --nocluster} would. */
    static ProcessBuilder command(int port, List<String> jvmOptions, List<String> clusterArguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", war().toString(),
                "--port", String.valueOf(port)));
        if (clusterArguments.isEmpty()) {
            command.add("--nocluster");
        } else {
            command.addAll(clusterArguments);
        }
        return new ProcessBuilder(command);
    }
}
