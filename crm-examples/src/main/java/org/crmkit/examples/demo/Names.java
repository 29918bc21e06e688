package org.crmkit.examples.demo;

import java.util.SplittableRandom;

/**
 * Names for the synthetic base: Chinese names from the common surnames and given-name characters
 * (with pinyin for e-mail addresses), Latin names, and the name variants a second, careless
 * entry of the same person produces (extra spaces, full-width letters, another case).
 */
final class Names {
  private static final String[] SURNAMES = (
      "王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu"
          + " 郭guo 何he 林lin 高gao 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng"
          + " 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 潘pan 袁yuan 蔡cai 蒋jiang 余yu 于yu 杜du 叶ye"
          + " 程cheng 魏wei 苏su 吕lv 丁ding 任ren 卢lu 姚yao 沈shen 钟zhong 姜jiang 崔cui 谭tan 陆lu"
          + " 范fan 汪wang 廖liao 石shi 金jin 韦wei 贾jia 夏xia 付fu 方fang 邹zou 熊xiong 白bai 孟meng"
          + " 秦qin 邱qiu 侯hou 江jiang 尹yin 薛xue 段duan 雷lei 龙long 黎li 史shi 陶tao 贺he 毛mao"
          + " 郝hao 顾gu 龚gong 邵shao 万wan 武wu 钱qian 戴dai 严yan 欧阳ouyang 司马sima 诸葛zhuge")
      .split(" ");
  private static final String[] GIVEN = (
      "伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan"
          + " 涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 建jian 文wen 辉hui"
          + " 玲ling 婷ting 宇yu 浩hao 鑫xin 鹏peng 颖ying 晨chen 雪xue 琳lin 欣xin 怡yi 佳jia 俊jun"
          + " 博bo 子zi 梓zi 轩xuan 涵han 萱xuan 睿rui 思si 雨yu 泽ze 一yi 诺nuo 嘉jia 海hai 波bo"
          + " 斌bin 红hong 燕yan 峰feng 志zhi 国guo 春chun 晓xiao 云yun 飞fei 凯kai 琪qi 瑶yao 慧hui"
          + " 楠nan 彤tong 然ran 昊hao 天tian 成cheng 倩qian 丹dan 阳yang 东dong 正zheng 淳chun")
      .split(" ");
  private static final String[] FIRST = ("James Mary John Patricia Robert Jennifer Michael Linda"
      + " David Elizabeth William Sarah Thomas Emma Daniel Olivia Lucas Sophie Hans Anna Kenji Yuki"
      + " Pierre Marie Carlos Sofia Ahmed Priya Kevin Grace Jason Amy Eric Cindy Tony Vivian").split(" ");
  private static final String[] LAST = ("Smith Johnson Brown Taylor Miller Wilson Moore Anderson"
      + " Martin Garcia Martinez Mueller Schmidt Tanaka Suzuki Kim Lee Park Dubois Rossi Silva Khan"
      + " Patel Nguyen Tan Lim Wong Clarke Walker Young").split(" ");

  private Names() {}

  /** Returns a Chinese name: a surname and one or two given-name characters. */
  static PersonName chinese(SplittableRandom rng) {
    String[] surname = split(Pick.one(rng, SURNAMES));
    StringBuilder display = new StringBuilder(surname[0]);
    StringBuilder ascii = new StringBuilder(surname[1]);
    int given = Pick.chance(rng, 0.72) ? 2 : 1;
    for (int i = 0; i < given; i++) {
      String[] g = split(Pick.one(rng, GIVEN));
      display.append(g[0]);
      ascii.append(g[1]);
    }
    return new PersonName(display.toString(), ascii.toString());
  }

  /** Returns a Latin name, first name then family name. */
  static PersonName latin(SplittableRandom rng) {
    String first = Pick.one(rng, FIRST);
    String last = Pick.one(rng, LAST);
    return new PersonName(first + " " + last, (first + "." + last).toLowerCase(java.util.Locale.ROOT));
  }

  /** Returns an English first name with a Chinese family name in pinyin, as many use in business. */
  static PersonName englishChinese(SplittableRandom rng) {
    String first = Pick.one(rng, FIRST);
    String[] surname = split(Pick.one(rng, SURNAMES));
    String family = Character.toUpperCase(surname[1].charAt(0)) + surname[1].substring(1);
    return new PersonName(first + " " + family, (first + "." + surname[1]).toLowerCase(java.util.Locale.ROOT));
  }

  /** Returns the name as a second, careless entry would write it; never equal to the original. */
  static String variant(SplittableRandom rng, String name) {
    boolean latin = name.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
    if (latin) {
      double x = rng.nextDouble();
      if (x < 0.5) {
        return fullWidth(name);
      }
      return x < 0.8 ? name.toUpperCase(java.util.Locale.ROOT) : " " + name.toLowerCase(java.util.Locale.ROOT) + " ";
    }
    int cut = name.length() > 3 && Pick.chance(rng, 0.5) ? 3 : 1;
    double x = rng.nextDouble();
    if (x < 0.5) {
      return name.substring(0, cut) + " " + name.substring(cut);
    }
    if (x < 0.8) {
      return name.substring(0, cut) + "\u3000" + name.substring(cut);
    }
    return String.join(" ", name.split(""));
  }

  /** Replaces ASCII letters and digits by their full-width forms (U+FF01..U+FF5E). */
  static String fullWidth(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      sb.append(c > ' ' && c < 127 ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return sb.toString();
  }

  private static String[] split(String entry) {
    int i = 0;
    while (i < entry.length() && entry.charAt(i) > 127) {
      i++;
    }
    return new String[] {entry.substring(0, i), entry.substring(i)};
  }
}
