package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorLineTest {

  @Test
  void singleLine_multiLineText_joinsWithSpaces() {
    assertEquals("a b c", ErrorLine.singleLine("  a\n b\r\n\tc  "));
  }

  @Test
  void singleLine_longText_isCutToMaxLength() {
    String line = ErrorLine.singleLine("x".repeat(2000));

    assertEquals(ErrorLine.MAX_LENGTH, line.length());
    assertTrue(line.endsWith("..."));
  }
}
