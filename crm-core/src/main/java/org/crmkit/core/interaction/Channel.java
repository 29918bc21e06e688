package org.crmkit.core.interaction;

/** The channel an interaction happened on. */
public enum Channel {
  /** Telephone (电话). */
  PHONE,
  /** E-mail. */
  EMAIL,
  /** Online chat or instant messaging (在线聊天). */
  ONLINE_CHAT,
  /** A feedback or complaint form (意见表). */
  FEEDBACK_FORM,
  /** In person: a visit to the customer or a walk-in (上门/来访). */
  VISIT,
  /** Text message. */
  SMS,
  /** Web site. */
  WEB,
  /** Mobile app. */
  APP,
  /** A physical store or counter. */
  STORE,
  /** A survey invitation. */
  SURVEY,
  /** Any other channel. */
  OTHER
}
