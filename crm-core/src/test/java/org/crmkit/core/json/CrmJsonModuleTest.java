package org.crmkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.Interaction;
import org.junit.jupiter.api.Test;

class CrmJsonModuleTest {
  private static final Set<String> MODEL_PACKAGES = Set.of("org.crmkit.core", "org.crmkit.core.customer",
      "org.crmkit.core.interaction", "org.crmkit.core.consent", "org.crmkit.core.profile");

  /** Every public record and sealed interface of the model, found in the compiled main classes. */
  private static List<Class<?>> modelTypes() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.crmkit.core").stream()
        .filter(c -> MODEL_PACKAGES.contains(c.getPackageName()) || c.getName().equals("org.crmkit.core.spi.AuditEntry"))
        .map(JavaClass::reflect)
        .filter(c -> Modifier.isPublic(c.getModifiers())
            && (c.isRecord() || (c.isInterface() && c.isSealed()) || c.getInterfaces().length > 0 && c.getInterfaces()[0].isSealed()))
        .collect(Collectors.toList());
  }

  @Test
  void module_hasACodecForEveryModelType() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new CrmJsonModule());
    Set<String> missing = new TreeSet<>();
    List<Class<?>> types = modelTypes();
    for (Class<?> type : types) {
      JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(type);
      if (!(serializer instanceof CodecSerializer)) {
        missing.add(type.getName());
      }
    }
    assertEquals(Set.of(), missing);
    // Guards the scan itself: the 39 types of the model when this test was written.
    assertTrue(types.size() >= 39 && types.contains(Customer.class) && types.contains(Interaction.class),
        "found only " + types.size() + " model types");
  }
}
