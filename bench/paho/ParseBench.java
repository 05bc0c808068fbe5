import java.io.*;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.*;

/** Paho 1.2.5's PUBLISH decoding cost by payload size, next to a bulk copy of the same bytes. */
public class ParseBench {
  /** Counts bytes like Paho's CountingInputStream: only read() is overridden. */
  static class ByteCounting extends InputStream {
    final InputStream in; int count;
    ByteCounting(InputStream in) { this.in = in; }
    @Override public int read() throws IOException { int b = in.read(); if (b != -1) count++; return b; }
  }
  static final class BulkCounting extends ByteCounting {
    BulkCounting(InputStream in) { super(in); }
    @Override public int read(byte[] b, int off, int len) throws IOException { int n = in.read(b, off, len); if (n > 0) count += n; return n; }
  }
  public static void main(String[] a) throws Exception {
    for (int size : new int[] {100, 1100, 10000}) {
      byte[] payload = new byte[size];
      MqttMessage m = new MqttMessage(payload); m.setQos(1);
      MqttPublish p = new MqttPublish("application/1/device/0011223344556677/event/up", m, new MqttProperties());
      p.setMessageId(7);
      byte[] packet = p.serialize();
      long sink = 0; double paho = 0, bytewise = 0, bulk = 0;
      for (int round = 0; round < 6; round++) {
        int n = 2_000_000 / Math.max(1, size / 100);
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) sink += MqttWireMessage.createWireMessage(packet).getMessageId();
        paho = (System.nanoTime() - t) / 1000.0 / n;
        t = System.nanoTime();
        for (int i = 0; i < n; i++) { byte[] out = new byte[size]; new DataInputStream(new ByteCounting(new ByteArrayInputStream(packet))).readFully(out); sink += out[0]; }
        bytewise = (System.nanoTime() - t) / 1000.0 / n;
        t = System.nanoTime();
        for (int i = 0; i < n; i++) { byte[] out = new byte[size]; new DataInputStream(new BulkCounting(new ByteArrayInputStream(packet))).readFully(out); sink += out[0]; }
        bulk = (System.nanoTime() - t) / 1000.0 / n;
      }
      System.out.printf("payload %5d B: Paho createWireMessage %7.2f us | byte-wise counting stream %7.2f us | bulk read %6.3f us%n", size, paho, bytewise, bulk);
      if (sink == 42) System.out.println();
    }
  }
}
