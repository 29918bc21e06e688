package org.crmkit.privacy.view;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.crmkit.core.consent.Purpose;

/**
 * Which view to read: {@code standard}, {@code personal}, {@code anonymous}, {@code
 * opt-out:PURPOSE} or {@code selective:RECIPIENT}. Implementations are immutable records;
 * {@link #name()} and {@link #parse} convert to and from the text form.
 */
public sealed interface ViewSpec {

  /** Returns the kind of view. */
  ViewKind kind();

  /** Returns the text form, for example {@code opt-out:direct-marketing}. */
  String name();

  /** Returns the standard view. */
  static ViewSpec standard() {
    return new Standard();
  }

  /** Returns the personal-data view. */
  static ViewSpec personal() {
    return new Personal();
  }

  /** Returns the anonymous view. */
  static ViewSpec anonymous() {
    return new Anonymous();
  }

  /**
   * Returns the opt-out view of a purpose.
   *
   * @param purpose the purpose whose deniers are removed
   * @return the view
   */
  static ViewSpec optOut(Purpose purpose) {
    return new OptOut(purpose);
  }

  /**
   * Returns the selective view for a recipient.
   *
   * @param recipient the recipient, as named in consent events
   * @return the view
   * @throws IllegalArgumentException if the recipient is not 1..64 characters of {@code [A-Za-z0-9._:@/-]}
   */
  static ViewSpec selective(String recipient) {
    return new Selective(recipient);
  }

  /**
   * Reads the text form. A purpose code is read with {@link Purpose#of}, so an unknown code is an
   * opt-in host purpose.
   *
   * @param text {@code standard}, {@code personal}, {@code anonymous}, {@code opt-out:PURPOSE} or
   *     {@code selective:RECIPIENT}
   * @return the view
   * @throws IllegalArgumentException if the text is none of these
   */
  static ViewSpec parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    switch (s) {
      case "standard":
        return standard();
      case "personal":
        return personal();
      case "anonymous":
        return anonymous();
      default:
        break;
    }
    if (s.startsWith("opt-out:")) {
      return optOut(Purpose.of(s.substring("opt-out:".length())));
    }
    if (s.startsWith("selective:")) {
      return selective(s.substring("selective:".length()));
    }
    throw new IllegalArgumentException("view must be standard, personal, anonymous, opt-out:PURPOSE"
        + " or selective:RECIPIENT but was '" + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + "'");
  }

  /** The standard view. */
  record Standard() implements ViewSpec {
    @Override
    public ViewKind kind() {
      return ViewKind.STANDARD;
    }

    @Override
    public String name() {
      return "standard";
    }
  }

  /** The personal-data view. */
  record Personal() implements ViewSpec {
    @Override
    public ViewKind kind() {
      return ViewKind.PERSONAL;
    }

    @Override
    public String name() {
      return "personal";
    }
  }

  /** The anonymous view. */
  record Anonymous() implements ViewSpec {
    @Override
    public ViewKind kind() {
      return ViewKind.ANONYMOUS;
    }

    @Override
    public String name() {
      return "anonymous";
    }
  }

  /**
   * The opt-out view of a purpose.
   *
   * @param purpose the purpose
   */
  record OptOut(Purpose purpose) implements ViewSpec {
    /** Rejects null. */
    public OptOut {
      requireNonNull(purpose, "purpose");
    }

    @Override
    public ViewKind kind() {
      return ViewKind.OPT_OUT;
    }

    @Override
    public String name() {
      return "opt-out:" + purpose.code();
    }
  }

  /**
   * The selective view for a recipient.
   *
   * @param recipient the recipient
   */
  record Selective(String recipient) implements ViewSpec {
    private static final Pattern RECIPIENT = Pattern.compile("[A-Za-z0-9._:@/-]{1,64}");

    /**
     * Validates the recipient.
     *
     * @throws IllegalArgumentException if it is not 1..64 characters of {@code [A-Za-z0-9._:@/-]}
     */
    public Selective {
      requireNonNull(recipient, "recipient");
      checkArgument(RECIPIENT.matcher(recipient).matches(),
          "recipient must be 1..64 characters of [A-Za-z0-9._:@/-] but was '%s'", recipient);
    }

    @Override
    public ViewKind kind() {
      return ViewKind.SELECTIVE;
    }

    @Override
    public String name() {
      return "selective:" + recipient;
    }
  }
}
