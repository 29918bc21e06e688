package org.crmkit.privacy.internal;

import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.LineItem;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Refund;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.ServiceRecord;
import org.crmkit.core.interaction.SiteVisit;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.privacy.view.ViewValue;

/** Writes interactions of every kind under {@code interactions[].<component>} paths. */
final class InteractionWriter extends ProfileWriter {
  private static final String P = "interactions[].";

  InteractionWriter(Plan plan, CustomerSteps steps, Transformer transformer) {
    super(plan, steps, transformer);
  }

  ViewValue.Group interaction(Interaction i) {
    Fields f = fields()
        .leaf("kind", P + "kind", i.kind())
        .leaf("id", P + "id", i.id())
        .leaf("customerId", P + "customerId", i.customerId())
        .leaf("occurredAt", P + "occurredAt", i.occurredAt())
        .leaf("channel", P + "channel", i.channel());
    if (i instanceof Purchase) {
      purchase(f, (Purchase) i);
    } else if (i instanceof Refund) {
      Refund r = (Refund) i;
      f.leaf("orderId", P + "orderId", r.orderId())
          .put("amount", money(P + "amount.amount", P + "amount.currency", r.amount()))
          .leaf("refundKind", P + "refundKind", r.refundKind())
          .opt("reason", P + "reason", r.reason());
    } else if (i instanceof ServiceRecord) {
      ServiceRecord s = (ServiceRecord) i;
      f.leaf("content", P + "content", s.content())
          .opt("askedFor", P + "askedFor", s.askedFor())
          .leaf("urgency", P + "urgency", s.urgency())
          .opt("replyDueAt", P + "replyDueAt", s.replyDueAt())
          .leaf("resolved", P + "resolved", s.resolved());
    } else if (i instanceof Complaint) {
      Complaint c = (Complaint) i;
      f.leaf("urgency", P + "urgency", c.urgency())
          .leaf("replyDueAt", P + "replyDueAt", c.replyDueAt())
          .leaf("cause", P + "cause", c.cause())
          .leaf("status", P + "status", c.status())
          .leaf("content", P + "content", c.content());
    } else if (i instanceof FollowUp) {
      FollowUp u = (FollowUp) i;
      f.leaf("method", P + "method", u.method())
          .leaf("purpose", P + "purpose", u.purpose())
          .leaf("outcome", P + "outcome", u.outcome())
          .opt("notes", P + "notes", u.notes());
    } else if (i instanceof Communication) {
      Communication c = (Communication) i;
      f.leaf("direction", P + "direction", c.direction()).leaf("content", P + "content", c.content());
    } else if (i instanceof SurveyResponse) {
      SurveyResponse s = (SurveyResponse) i;
      f.put("question", fields()
              .leaf("questionId", P + "question.questionId", s.question().questionId())
              .put("scale", fields()
                  .leaf("kind", P + "question.scale.kind", s.question().scale().kind())
                  .leaf("min", P + "question.scale.min", s.question().scale().min())
                  .leaf("max", P + "question.scale.max", s.question().scale().max())
                  .build())
              .build())
          .leaf("score", P + "score", s.score())
          .opt("comment", P + "comment", s.comment());
    } else if (i instanceof Renewal) {
      Renewal r = (Renewal) i;
      f.leaf("contractId", P + "contractId", r.contractId())
          .leaf("periodStart", P + "periodStart", r.periodStart())
          .leaf("periodEnd", P + "periodEnd", r.periodEnd())
          .put("amount", money(P + "amount.amount", P + "amount.currency", r.amount()))
          .leaf("outcome", P + "outcome", r.outcome());
    } else if (i instanceof SiteVisit) {
      SiteVisit v = (SiteVisit) i;
      f.opt("page", P + "page", v.page()).leaf("duration", P + "duration", v.duration());
    }
    return f.build();
  }

  private void purchase(Fields f, Purchase p) {
    ViewValue[] items = new ViewValue[p.items().size()];
    int n = 0;
    for (LineItem item : p.items()) {
      items[n++] = fields()
          .leaf("sku", P + "items[].sku", item.sku())
          .leaf("quantity", P + "items[].quantity", item.quantity())
          .put("unitPrice", money(P + "items[].unitPrice.amount", P + "items[].unitPrice.currency", item.unitPrice()))
          .build();
    }
    f.leaf("orderId", P + "orderId", p.orderId())
        .put("amount", money(P + "amount.amount", P + "amount.currency", p.amount()))
        .put("items", groups(items, n))
        .leaf("payment", P + "payment", p.payment())
        .leaf("delivery", P + "delivery", p.delivery());
  }
}
