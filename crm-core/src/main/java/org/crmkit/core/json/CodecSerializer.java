package org.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Lets Jackson write a model type through its {@link Codec}. Thread-safe. */
final class CodecSerializer<T> extends StdSerializer<T> {
  private final transient Codec<T> codec;

  CodecSerializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    codec.write(g, value);
  }
}
