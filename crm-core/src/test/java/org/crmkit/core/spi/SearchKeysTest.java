package org.crmkit.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

  @Test
  void fold_widthCaseAndSpaces_foldAlike() {
    assertEquals("段正淳", SearchKeys.fold("段 正\u3000淳"));
    assertEquals("abcltd", SearchKeys.fold("ＡＢＣ Ltd"));
  }

  @Test
  void clean_whitespaceRuns_collapseToOneSpace() {
    assertEquals("vip gold", SearchKeys.clean("  vip \t gold "));
  }
}
