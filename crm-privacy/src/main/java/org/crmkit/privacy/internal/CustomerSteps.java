package org.crmkit.privacy.internal;

/**
 * The steps of a plan for the fixed paths of the customer record, resolved once per view instead
 * of being looked up by path for every customer. Immutable.
 */
final class CustomerSteps {
  final Plan.Step id;
  final Plan.Step type;
  final Plan.Step displayName;
  final ContactPointSteps points;
  final Plan.Step contactName;
  final Plan.Step contactTitle;
  final Plan.Step contactCompany;
  final ContactPointSteps contactPoints;
  final Plan.Step industry;
  final Plan.Step region;
  final Plan.Step segment;
  final Plan.Step stage;
  final Plan.Step enteredAt;
  final Plan.Step stageReason;
  final Plan.Step accountManager;
  final Plan.Step tags;
  final Plan.Keyed attributes;
  final Plan.Step birthDate;
  final Plan.Step gender;
  final Plan.Step incomeAmount;
  final Plan.Step incomeCurrency;
  final Plan.Step idKind;
  final Plan.Step idNumber;
  final Plan.Step ethnicity;
  final Plan.Step religion;
  final Plan.Step healthNotes;
  final Plan.Keyed sensitiveOther;
  final Plan.Step createdAt;
  final Plan.Step updatedAt;
  final Plan.Step version;
  final Plan.Keyed derived;

  CustomerSteps(Plan plan) {
    id = plan.step("customer.id");
    type = plan.step("customer.type");
    displayName = plan.step("customer.displayName");
    points = new ContactPointSteps(plan, "customer.contactPoints[]");
    contactName = plan.step("customer.contacts[].name");
    contactTitle = plan.step("customer.contacts[].title");
    contactCompany = plan.step("customer.contacts[].company");
    contactPoints = new ContactPointSteps(plan, "customer.contacts[].contactPoints[]");
    industry = plan.step("customer.industry");
    region = plan.step("customer.region");
    segment = plan.step("customer.segment");
    stage = plan.step("customer.lifecycle[].stage");
    enteredAt = plan.step("customer.lifecycle[].enteredAt");
    stageReason = plan.step("customer.lifecycle[].reason");
    accountManager = plan.step("customer.accountManager");
    tags = plan.step("customer.tags[]");
    attributes = plan.keyed("customer.attributes.");
    birthDate = plan.step("customer.birthDate");
    gender = plan.step("customer.gender");
    incomeAmount = plan.step("customer.estimatedIncome.amount");
    incomeCurrency = plan.step("customer.estimatedIncome.currency");
    idKind = plan.step("customer.idDocument.kind");
    idNumber = plan.step("customer.idDocument.number");
    ethnicity = plan.step("customer.sensitive.ethnicity");
    religion = plan.step("customer.sensitive.religion");
    healthNotes = plan.step("customer.sensitive.healthNotes");
    sensitiveOther = plan.keyed("customer.sensitive.other.");
    createdAt = plan.step("customer.createdAt");
    updatedAt = plan.step("customer.updatedAt");
    version = plan.step("customer.version");
    derived = plan.keyed("derived.");
  }

  /** The steps below one contact-point list path. */
  static final class ContactPointSteps {
    final Plan.Step kind;
    final Plan.Step e164;
    final Plan.Step value;
    final Plan.Step region;
    final Plan.Step street;
    final Plan.Step postalCode;

    ContactPointSteps(Plan plan, String prefix) {
      kind = plan.step(prefix + ".kind");
      e164 = plan.step(prefix + ".e164");
      value = plan.step(prefix + ".value");
      region = plan.step(prefix + ".region");
      street = plan.step(prefix + ".street");
      postalCode = plan.step(prefix + ".postalCode");
    }
  }
}
