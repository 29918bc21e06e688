package org.crmkit.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.crmkit.core.customer.Region;

/**
 * The cities of the synthetic base: the 31 mainland provinces, weighted roughly by population
 * with the big commercial centres boosted, and a handful of foreign cities.
 */
final class Places {
  // province|Chinese|GB code|postal prefix|weight|city:Chinese:area code,...
  private static final String[] DOMESTIC = {
    "Guangdong|广东|44|51|13|Guangzhou:广州:20,Shenzhen:深圳:755,Dongguan:东莞:769,Foshan:佛山:757",
    "Jiangsu|江苏|32|21|9|Nanjing:南京:25,Suzhou:苏州:512,Wuxi:无锡:510",
    "Zhejiang|浙江|33|31|8|Hangzhou:杭州:571,Ningbo:宁波:574,Wenzhou:温州:577",
    "Shandong|山东|37|25|8|Jinan:济南:531,Qingdao:青岛:532,Yantai:烟台:535",
    "Beijing|北京|11|10|7|Beijing:北京:10",
    "Shanghai|上海|31|20|7|Shanghai:上海:21",
    "Henan|河南|41|45|6|Zhengzhou:郑州:371,Luoyang:洛阳:379",
    "Sichuan|四川|51|61|6|Chengdu:成都:28,Mianyang:绵阳:816",
    "Hubei|湖北|42|43|4.5|Wuhan:武汉:27,Yichang:宜昌:717",
    "Hunan|湖南|43|41|4.5|Changsha:长沙:731,Hengyang:衡阳:734",
    "Hebei|河北|13|05|4.5|Shijiazhuang:石家庄:311,Tangshan:唐山:315",
    "Fujian|福建|35|35|4|Fuzhou:福州:591,Xiamen:厦门:592,Quanzhou:泉州:595",
    "Anhui|安徽|34|23|4|Hefei:合肥:551,Wuhu:芜湖:553",
    "Shaanxi|陕西|61|71|3|Xi'an:西安:29,Baoji:宝鸡:917",
    "Chongqing|重庆|50|40|3|Chongqing:重庆:23",
    "Liaoning|辽宁|21|11|3|Shenyang:沈阳:24,Dalian:大连:411",
    "Tianjin|天津|12|30|2.5|Tianjin:天津:22",
    "Guangxi|广西|45|53|2.5|Nanning:南宁:771,Guilin:桂林:773",
    "Yunnan|云南|53|65|2.5|Kunming:昆明:871,Dali:大理:872",
    "Jiangxi|江西|36|33|2.5|Nanchang:南昌:791,Ganzhou:赣州:797",
    "Shanxi|山西|14|03|2|Taiyuan:太原:351,Datong:大同:352",
    "Guizhou|贵州|52|55|2|Guiyang:贵阳:851,Zunyi:遵义:851",
    "Heilongjiang|黑龙江|23|15|2|Harbin:哈尔滨:451,Daqing:大庆:459",
    "Jilin|吉林|22|13|1.5|Changchun:长春:431,Jilin:吉林:432",
    "Inner Mongolia|内蒙古|15|01|1.2|Hohhot:呼和浩特:471,Baotou:包头:472",
    "Xinjiang|新疆|65|83|1.2|Urumqi:乌鲁木齐:991",
    "Gansu|甘肃|62|73|1.2|Lanzhou:兰州:931",
    "Hainan|海南|46|57|1|Haikou:海口:898,Sanya:三亚:898",
    "Ningxia|宁夏|64|75|0.5|Yinchuan:银川:951",
    "Qinghai|青海|63|81|0.4|Xining:西宁:971",
    "Tibet|西藏|54|85|0.3|Lhasa:拉萨:891",
  };

  // country|province|city|phone prefix|local digits|postal pattern|weight
  private static final String[] FOREIGN = {
    "US|California|San Francisco|1415|7|99999|18",
    "US|New York|New York|1212|7|99999|12",
    "SG|Singapore|Singapore|65|8|999999|15",
    "JP|Tokyo|Tokyo|813|8|999-9999|12",
    "GB|England|London|4420|8|AA9A 9AA|10",
    "DE|Bavaria|Munich|4989|8|99999|8",
    "AU|New South Wales|Sydney|612|8|9999|8",
    "KR|Seoul|Seoul|822|8|99999|7",
    "CA|Ontario|Toronto|1416|7|A9A 9A9|5",
    "FR|Ile-de-France|Paris|331|8|75099|3",
    "MY|Kuala Lumpur|Kuala Lumpur|603|8|59999|2",
  };

  private static final List<Place> DOMESTIC_PLACES = new ArrayList<>();
  private static final List<Place> FOREIGN_PLACES = new ArrayList<>();
  private static final double[] DOMESTIC_WEIGHTS;
  private static final double[] FOREIGN_WEIGHTS;

  static {
    List<Double> weights = new ArrayList<>();
    for (String row : DOMESTIC) {
      String[] f = row.split("\\|");
      String[] cities = f[5].split(",");
      double perCity = Double.parseDouble(f[4]) / cities.length;
      for (String c : cities) {
        String[] city = c.split(":");
        Region region = Region.of("CN", f[0], city[0]);
        DOMESTIC_PLACES.add(new Place(region, Optional.of(region), city[1], "86" + city[2], 8,
            f[3] + "9999", Integer.parseInt(f[2])));
        weights.add(perCity);
      }
    }
    DOMESTIC_WEIGHTS = weights.stream().mapToDouble(Double::doubleValue).toArray();
    weights.clear();
    for (String row : FOREIGN) {
      String[] f = row.split("\\|");
      Region region = Region.of(f[0], f[1], f[2]);
      FOREIGN_PLACES.add(new Place(region, Optional.of(region), f[2], f[3], Integer.parseInt(f[4]), f[5], 0));
      weights.add(Double.parseDouble(f[6]));
    }
    FOREIGN_WEIGHTS = weights.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private Places() {}

  /** Returns a domestic city, weighted. */
  static Place domestic(SplittableRandom rng) {
    return DOMESTIC_PLACES.get(Pick.weighted(rng, DOMESTIC_WEIGHTS));
  }

  /** Returns a foreign city, weighted. */
  static Place foreign(SplittableRandom rng) {
    return FOREIGN_PLACES.get(Pick.weighted(rng, FOREIGN_WEIGHTS));
  }

  /** Returns a city in the same province as {@code place}, possibly the same city. */
  static Place sameProvince(SplittableRandom rng, Place place) {
    List<Place> candidates = new ArrayList<>();
    for (Place p : place.isDomestic() ? DOMESTIC_PLACES : FOREIGN_PLACES) {
      if (p.region().countryCode().equals(place.region().countryCode())
          && p.region().province().equals(place.region().province())) {
        candidates.add(p);
      }
    }
    return Pick.one(rng, candidates);
  }

  /** Returns a postal code of the place's shape. */
  static String postalCode(SplittableRandom rng, Place place) {
    StringBuilder sb = new StringBuilder();
    for (char c : place.postalPattern().toCharArray()) {
      if (c == '9') {
        sb.append((char) ('0' + rng.nextInt(10)));
      } else if (c == 'A') {
        sb.append((char) ('A' + rng.nextInt(26)));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
