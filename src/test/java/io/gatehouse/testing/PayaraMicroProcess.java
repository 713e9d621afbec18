package io.gatehouse.testing;

import java.util.ArrayList;
import java.util.List;

/** Payara Micro as operators start it: {@code java -jar payara-micro.jar --deploy gatehouse.war}. */
final class PayaraMicroProcess extends ServerProcess {

    PayaraMicroProcess(Process process, int port) {
        super(process, port);
    }

    static ProcessBuilder command(int port, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", war().toString(),
                "--port", String.valueOf(port),
                "--nocluster"));
        return new ProcessBuilder(command);
    }
}
