package org.crmkit.core.testkit;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Names, free text and instants behind {@link CrmArbitraries}. Not API: use CrmArbitraries. */
final class TextArbitraries {
  private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵",
      "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋",
      "唐", "韩", "段", "欧阳", "司马", "诸葛");
  private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊",
      "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "英", "华", "玉",
      "兰", "正", "淳", "志", "文", "建", "国", "红", "梅", "婷", "雪", "琳", "晨", "浩", "宇", "欣");
  private static final List<String> FIRST = List.of("Alice", "Bob", "Carlos", "Diana", "Emma",
      "Frank", "Grace", "Hiro", "Ingrid", "José", "Zoë", "Søren", "Liam", "Olivia", "Noah", "Mei");
  private static final List<String> LAST = List.of("Smith", "Müller", "García", "O'Brien", "Nguyen",
      "Kowalski", "Tanaka", "Johnson", "Dubois", "Rossi", "Andersen", "Lee", "Brown", "Schmidt");
  private static final List<String> CN_CITY_PREFIX = List.of("北京", "上海", "成都", "深圳", "杭州", "武汉", "西安");
  private static final List<String> CN_WORD = List.of("天府", "华信", "远航", "星辰", "蓝海", "金桥", "恒通", "瑞丰");
  private static final List<String> CN_TRADE = List.of("科技", "贸易", "物流", "教育", "医疗", "实业", "电子", "食品");
  private static final List<String> CN_SUFFIX = List.of("有限公司", "股份有限公司", "集团", "有限责任公司");
  private static final List<String> CN_INSTITUTION = List.of("第一人民医院", "实验中学", "大学",
      "图书馆", "职业技术学院", "市场监督管理局", "疾病预防控制中心");
  private static final List<String> EN_WORD = List.of("Blue Harbour", "Northwind", "Acme", "Silver Peak",
      "Golden Gate", "Red River", "Evergreen", "Summit");
  private static final List<String> EN_TRADE = List.of("Trading", "Systems", "Logistics", "Foods",
      "Analytics", "Textiles", "Health", "Energy");
  private static final List<String> EN_SUFFIX = List.of("Ltd", "GmbH", "Inc.", "Co.", "LLC", "S.A.");
  private static final List<String> EN_INSTITUTION = List.of("University", "General Hospital",
      "Public Library", "City Council", "Institute of Technology");
  private static final List<String> SENTENCES = List.of("客户询问产品保修期", "要求尽快回电",
      "对送货时间不满意", "咨询续约优惠", "发票抬头需要更改", "安装师傅态度很好", "产品说明书看不懂",
      "Asked about the warranty period.", "Wants a call back before Friday.",
      "Delivery was late again.", "Invoice address must change.", "Great service, thanks! 😀",
      "Requested a quote for 200 units.", "价格比竞争对手高");

  private TextArbitraries() {}

  static Arbitrary<String> chineseNames() {
    Arbitrary<String> given = Arbitraries.of(GIVEN).list().ofMinSize(1).ofMaxSize(2).map(l -> String.join("", l));
    return Combinators.combine(Arbitraries.of(SURNAMES), given).as(String::concat);
  }

  static Arbitrary<String> latinNames() {
    return Combinators.combine(Arbitraries.of(FIRST), Arbitraries.of(LAST)).as((f, l) -> f + " " + l);
  }

  static Arbitrary<String> personNames() {
    return Arbitraries.oneOf(chineseNames(), latinNames());
  }

  static Arbitrary<String> enterpriseNames() {
    Arbitrary<String> cn = Combinators.combine(Arbitraries.of(CN_CITY_PREFIX), Arbitraries.of(CN_WORD),
        Arbitraries.of(CN_TRADE), Arbitraries.of(CN_SUFFIX)).as((a, b, c, d) -> a + b + c + d);
    Arbitrary<String> en = Combinators.combine(Arbitraries.of(EN_WORD), Arbitraries.of(EN_TRADE),
        Arbitraries.of(EN_SUFFIX)).as((a, b, c) -> a + " " + b + " " + c);
    return Arbitraries.oneOf(cn, en);
  }

  static Arbitrary<String> institutionNames() {
    Arbitrary<String> cn = Combinators.combine(Arbitraries.of(CN_CITY_PREFIX), Arbitraries.of(CN_INSTITUTION))
        .as(String::concat);
    Arbitrary<String> en = Combinators.combine(Arbitraries.of(EN_WORD), Arbitraries.of(EN_INSTITUTION))
        .as((a, b) -> a + " " + b);
    return Arbitraries.oneOf(cn, en);
  }

  /** One to three sentences, Chinese and English mixed, sometimes with a reference number. */
  static Arbitrary<String> freeText() {
    Arbitrary<String> sentences = Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(3)
        .map(l -> String.join(" ", l));
    Arbitrary<String> ref = Arbitraries.integers().between(1, 99_999).map(n -> " #" + n).optional(0.3)
        .map(o -> o.orElse(""));
    return Combinators.combine(sentences, ref).as(String::concat);
  }

  /** Short lower-case tokens such as ids' random parts. */
  static Arbitrary<String> lowerAlnum(int min, int max) {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(min).ofMaxLength(max);
  }

  static Arbitrary<String> digits(int length) {
    return Arbitraries.strings().numeric().ofLength(length);
  }

  static Arbitrary<Instant> instantsBetween(Instant from, Instant to) {
    return Arbitraries.longs().between(from.toEpochMilli(), to.toEpochMilli()).map(Instant::ofEpochMilli);
  }

  /** Returns {@code at + millis}, but not after the window's end (and never before {@code at}). */
  static Instant plusClamped(Instant at, long millis) {
    Instant end = CrmArbitraries.WINDOW_END;
    if (!at.isBefore(end)) {
      return at;
    }
    Instant later = at.plusMillis(millis);
    return later.isAfter(end) ? end : later;
  }

  /**
   * Variants of a text that {@code Text.fold} maps to the same key: ASCII letters in either case,
   * printable ASCII sometimes full-width, and whitespace (ASCII, tab, ideographic) inserted.
   */
  static Arbitrary<String> fuzzyVariantsOf(String text) {
    int[] cps = text.codePoints().toArray();
    return Arbitraries.integers().between(0, 11).list().ofSize(cps.length).map(ops -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < cps.length; i++) {
        int cp = cps[i];
        int op = ops.get(i);
        if (cp < 128 && Character.isLetter(cp) && (op & 1) == 1) {
          cp = Character.isUpperCase(cp) ? Character.toLowerCase(cp) : Character.toUpperCase(cp);
        }
        if (cp > ' ' && cp < 127 && (op & 2) == 2) {
          cp += 0xFEE0; // the full-width form of printable ASCII
        }
        sb.appendCodePoint(cp);
        if (op >= 9) {
          sb.append(op == 9 ? " " : op == 10 ? "\u3000" : "\t");
        }
      }
      return sb.toString();
    });
  }
}
