package org.crmkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Lets Jackson read a model type through its {@link Codec}. Format errors are thrown as {@link
 * JsonFormatException}; Jackson may wrap them when the value sits inside a host's own bean.
 * Thread-safe.
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;
  private final transient Codec<T> codec;

  CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return codec.read(Node.read(p));
  }
}
