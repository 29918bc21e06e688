package org.crmkit.privacy.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTablesTest {
  @Test
  void read_semicolonsAndCrlf_readsHeaderAndRows() {
    Table t = CsvTables.read(new StringReader("a;b\r\n1;2\r\n3;4\r\n"));

    assertEquals(List.of("a", "b"), t.columns());
    assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), t.rows());
  }

  @Test
  void read_commasAndQuotes_unquotesCells() {
    Table t = CsvTables.read(new StringReader("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n"));

    assertEquals(List.of(List.of("x,y", "say \"hi\"")), t.rows());
  }

  @Test
  void read_shortRow_namesLineAndColumnButNotCells() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> CsvTables.read(new StringReader("a;b;c\n1;2;3\nsecret;x\n")));

    assertTrue(e.getMessage().startsWith("line 3, column 3:"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
  }

  @Test
  void read_unclosedQuote_namesLineAndColumn() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> CsvTables.read(new StringReader("a;b\n1;\"open\n")));

    assertTrue(e.getMessage().startsWith("line 2, column 2:"), e.getMessage());
  }

  @Test
  void read_repeatedColumn_throws() {
    assertThrows(CsvFormatException.class, () -> CsvTables.read(new StringReader("a;a\n1;2\n")));
  }

  @Test
  void write_thenRead_roundTrips() {
    Table t = Table.of(List.of("a", "b"), List.of(List.of("x;y", "q\"z"), List.of("", "2")));
    StringWriter w = new StringWriter();

    CsvTables.write(t, w, ';');

    assertEquals(t, CsvTables.read(new StringReader(w.toString())));
  }

  @Test
  void toString_showsCountsNotCells() {
    Table t = Table.of(List.of("name"), List.of(List.of("Zhang San")));

    assertFalse(t.toString().contains("Zhang"));
  }
}
