package io.hasila.cli;

import picocli.CommandLine.IVersionProvider;

/** The version {@code --version} prints: the jar's, from its manifest, and the Java running it. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {
      "hasila " + (version == null ? "(development build)" : version),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
