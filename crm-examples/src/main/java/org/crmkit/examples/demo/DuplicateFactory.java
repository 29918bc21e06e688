package org.crmkit.examples.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerBuilder;
import org.crmkit.core.customer.SensitiveData;

/**
 * Makes a planted duplicate: the same person or organisation entered again, later, under another
 * id, with a variant of the name (extra spaces, full-width letters, another case), the same phone
 * or e-mail (at least one of them), and the same, another or no address.
 */
final class DuplicateFactory {
  private DuplicateFactory() {}

  /**
   * Returns the duplicate.
   *
   * @param rng the duplicate's variant generator
   * @param fresh a newly generated customer of the original's type, created after the original:
   *     it supplies the id, time line, owner, tags and attributes of the second entry
   * @param original the customer entered first
   * @return the second entry
   */
  static Persona create(SplittableRandom rng, Persona fresh, Persona original) {
    Customer o = original.customer();
    CustomerBuilder b = fresh.customer().toBuilder()
        .displayName(Names.variant(rng, o.displayName()))
        .region(original.place().optionalRegion())
        .industry(o.industry())
        .sensitive(SensitiveData.none())
        .estimatedIncome(Optional.empty())
        .idDocument(Pick.chance(rng, 0.2) ? o.idDocument() : Optional.empty());
    if (!o.type().isOrganisation()) {
      boolean same = Pick.chance(rng, 0.8);
      b.birthDate(same ? o.birthDate() : Optional.empty()).gender(same ? o.gender() : Optional.empty());
    } else if (!o.contacts().isEmpty()) {
      b.contacts(List.of(o.contacts().get(0)));
    }
    boolean samePhone = !o.phones().isEmpty() && Pick.chance(rng, 0.7);
    boolean sameEmail = !o.emails().isEmpty() && (Pick.chance(rng, 0.6) || !samePhone);
    if (!samePhone && !sameEmail) {
      samePhone = !o.phones().isEmpty();
    }
    Map<String, ContactPoint> points = new LinkedHashMap<>();
    if (samePhone) {
      put(points, o.phones().get(0));
    } else if (Pick.chance(rng, 0.5)) {
      put(points, ContactData.mobile(rng, original.place()));
    }
    if (sameEmail) {
      put(points, o.emails().get(0));
    }
    double x = rng.nextDouble();
    if (x < 0.5 && !o.addresses().isEmpty()) {
      put(points, o.addresses().get(0));
    } else if (x < 0.8) {
      put(points, o.type().isOrganisation()
          ? ContactData.office(rng, original.place()) : ContactData.home(rng, original.place()));
    }
    b.contactPoints(new ArrayList<>(points.values()));
    return new Persona(b.build(), fresh.plan(), original.place(), fresh.activity() * 0.5, false);
  }

  private static void put(Map<String, ContactPoint> points, ContactPoint point) {
    points.putIfAbsent(point.matchKey(), point);
  }
}
