package org.crmkit.examples.demo;

import java.util.Locale;
import java.util.SplittableRandom;
import org.crmkit.core.customer.Industry;

/** Names of enterprises and institutions, Chinese at home and English abroad. */
final class Organisations {
  private static final String[] BRANDS = ("华信huaxin 恒通hengtong 腾达tengda 金桥jinqiao 瑞丰ruifeng"
      + " 中科zhongke 天成tiancheng 宏远hongyuan 博雅boya 鼎盛dingsheng 新航xinhang 海纳haina 云帆yunfan"
      + " 锦程jincheng 润泽runze 明德mingde 九洲jiuzhou 长风changfeng 盛世shengshi 星辰xingchen"
      + " 远景yuanjing 启航qihang 同创tongchuang 万象wanxiang 嘉禾jiahe 东方dongfang 银河yinhe"
      + " 致远zhiyuan 德信dexin 瀚海hanhai").split(" ");
  private static final String[] FOREIGN_BRANDS = ("Northwind Bluewave Redwood Silverline Brightpath"
      + " Oakridge Harbor Summit Evergreen Pioneer Keystone Meridian").split(" ");
  private static final String[] NUMERALS = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五".split(" ");

  private Organisations() {}

  /** Returns an enterprise name in the place, worded for its industry. */
  static OrganisationName enterprise(SplittableRandom rng, Place place, Industry industry) {
    if (!place.isDomestic()) {
      String brand = Pick.one(rng, FOREIGN_BRANDS);
      String word = englishWord(industry);
      String suffix = foreignSuffix(place.region().countryCode());
      return new OrganisationName(brand + " " + word + " " + suffix,
          (brand + word).toLowerCase(Locale.ROOT) + ".com");
    }
    String[] brand = split(Pick.one(rng, BRANDS));
    String[] word = chineseWord(rng, industry);
    String city = place.localName();
    double x = rng.nextDouble();
    String display;
    if (x < 0.6) {
      display = city + "市" + brand[0] + word[0] + "有限公司";
    } else if (x < 0.85) {
      display = city + brand[0] + word[0] + "股份有限公司";
    } else {
      display = brand[0] + word[0] + "（" + city + "）有限公司";
    }
    return new OrganisationName(display, brand[1] + "-" + word[1] + (Pick.chance(rng, 0.6) ? ".com.cn" : ".com"));
  }

  /** Returns an institution name: a school, a hospital or a public agency, after the industry. */
  static OrganisationName institution(SplittableRandom rng, Place place, Industry industry) {
    String cityAscii = place.region().city().orElseThrow().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    int n = 1 + rng.nextInt(NUMERALS.length);
    if (!place.isDomestic()) {
      String city = place.region().city().orElseThrow();
      if (industry.equals(Industry.HEALTHCARE)) {
        return new OrganisationName(city + " General Hospital", cityAscii + "-hospital.org");
      }
      if (industry.equals(Industry.GOVERNMENT)) {
        return new OrganisationName(city + " City Council", cityAscii + "-council.gov");
      }
      return new OrganisationName(city + " Institute of Technology", cityAscii + "-tech.edu");
    }
    String city = place.localName();
    String numeral = NUMERALS[n - 1];
    if (industry.equals(Industry.HEALTHCARE)) {
      String[] kinds = {"第" + numeral + "人民医院", "中医院", "妇幼保健院", "口腔医院"};
      int k = rng.nextInt(kinds.length);
      return new OrganisationName(city + "市" + kinds[k], cityAscii + "-hospital" + (k == 0 ? n : k + 20) + ".org.cn");
    }
    if (industry.equals(Industry.GOVERNMENT)) {
      String[] kinds = {"教育局", "卫生健康委员会", "商务局", "交通运输局", "文化和旅游局", "市场监督管理局"};
      String[] codes = {"jyj", "wjw", "swj", "jtj", "wlj", "scj"};
      int k = rng.nextInt(kinds.length);
      return new OrganisationName(city + "市" + kinds[k], cityAscii + "-" + codes[k] + ".gov.cn");
    }
    String[] kinds = {"第" + numeral + "中学", "实验小学", "职业技术学院", "外国语学校", "开放大学"};
    int k = rng.nextInt(kinds.length);
    return new OrganisationName(city + "市" + kinds[k], cityAscii + "-school" + (k == 0 ? n : k + 20) + ".edu.cn");
  }

  private static String[] chineseWord(SplittableRandom rng, Industry industry) {
    String[][] words;
    switch (industry.code()) {
      case "finance": words = new String[][] {{"金融服务", "fin"}, {"投资", "invest"}}; break;
      case "technology": words = new String[][] {{"科技", "tech"}, {"信息技术", "it"}}; break;
      case "education": words = new String[][] {{"教育科技", "edu"}, {"培训", "training"}}; break;
      case "healthcare": words = new String[][] {{"医疗器械", "med"}, {"医药", "pharma"}}; break;
      case "manufacturing": words = new String[][] {{"机械制造", "mfg"}, {"精密工业", "precision"}}; break;
      case "retail": words = new String[][] {{"商贸", "trade"}, {"百货", "store"}}; break;
      case "real-estate": words = new String[][] {{"置业", "homes"}, {"房地产开发", "estate"}}; break;
      case "logistics": words = new String[][] {{"物流", "logistics"}, {"供应链管理", "scm"}}; break;
      case "hospitality": words = new String[][] {{"酒店管理", "hotels"}, {"餐饮管理", "dining"}}; break;
      case "telecom": words = new String[][] {{"通信", "telecom"}, {"网络技术", "net"}}; break;
      case "energy": words = new String[][] {{"新能源", "energy"}, {"电力工程", "power"}}; break;
      default: words = new String[][] {{"实业", "group"}}; break;
    }
    return Pick.one(rng, words);
  }

  private static String englishWord(Industry industry) {
    switch (industry.code()) {
      case "finance": return "Capital";
      case "technology": return "Technologies";
      case "education": return "Learning";
      case "healthcare": return "Health";
      case "manufacturing": return "Manufacturing";
      case "retail": return "Trading";
      case "real-estate": return "Properties";
      case "logistics": return "Logistics";
      case "hospitality": return "Hospitality";
      case "telecom": return "Telecom";
      case "energy": return "Energy";
      default: return "Group";
    }
  }

  private static String foreignSuffix(String country) {
    switch (country) {
      case "DE": return "GmbH";
      case "SG": case "MY": return "Pte Ltd";
      case "JP": return "K.K.";
      case "AU": return "Pty Ltd";
      case "US": case "CA": return "Inc.";
      default: return "Ltd";
    }
  }

  private static String[] split(String entry) {
    int i = 0;
    while (i < entry.length() && entry.charAt(i) > 127) {
      i++;
    }
    return new String[] {entry.substring(0, i), entry.substring(i)};
  }
}
