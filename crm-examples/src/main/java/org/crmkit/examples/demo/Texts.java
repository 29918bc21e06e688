package org.crmkit.examples.demo;

import org.crmkit.core.interaction.ComplaintCause;

/** Free-text contents of service records, complaints, communications, follow-ups and surveys. */
final class Texts {
  static final String[] SERVICE = {"咨询产品使用方法", "询问订单物流进度", "申请开具增值税发票", "咨询会员积分规则",
    "预约上门安装", "修改收货地址", "咨询售后保修政策", "账户无法登录", "咨询合同条款", "要求提供产品说明书",
    "咨询批量采购优惠", "报修：设备无法开机"};
  static final String[] INBOUND = {"客户询问新品上市时间", "客户来电确认到货时间", "客户在线咨询价格", "客户来信询问合作方式",
    "客户咨询门店营业时间", "客户反馈使用体验良好"};
  static final String[] OUTBOUND = {"通知客户订单已发货", "提醒客户合同即将到期", "告知客户积分即将过期", "确认客户收货地址",
    "发送电子发票", "邀请客户参加满意度调查"};
  static final String[] PROMOTION = {"推送618促销活动信息", "推荐新品试用", "邀请参加会员日活动", "发送双十一优惠券"};
  static final String[] FOLLOW_UP_NOTES = {"客户对服务满意", "客户希望下次提前电话预约", "客户表示近期有采购计划",
    "客户未接听，已发短信", "客户提出价格偏高", "已解决客户疑问"};
  static final String[] SURVEY_COMMENTS = {"送货很快，包装完好", "客服态度很好", "价格有点贵", "希望增加更多门店",
    "处理问题太慢", "产品质量不错，会推荐给朋友", "安装师傅很专业"};
  static final String[] REFUND_REASONS = {"尺码不合适", "商品有瑕疵", "重复下单", "不想要了", "价格调整退差价", "发错货"};
  static final String[] PAGES = {"/", "/products", "/promotions/618", "/account/orders", "/help/returns",
    "/membership", "/stores", "/products/new"};

  private Texts() {}

  /** Returns what a customer complaining for this cause typically says. */
  static String[] complaint(ComplaintCause cause) {
    switch (cause) {
      case PRODUCT: return new String[] {"产品使用一周后出现故障", "产品与描述不符", "质量太差，要求更换"};
      case SERVICE_ATTITUDE: return new String[] {"客服态度恶劣", "门店员工不理睬顾客", "电话多次被挂断"};
      case EXPLANATION: return new String[] {"费用说明不清楚", "业务员解释与合同不一致", "没有说明退换货规则"};
      case MONEY: return new String[] {"重复扣款", "发票金额有误", "退款迟迟未到账"};
      case BROKEN_PROMISE: return new String[] {"承诺的赠品没有兑现", "说好上门却没有来", "承诺三天回复至今未回复"};
      case DELIVERY: return new String[] {"快递延误一周", "收到的商品破损", "送货员未按约定时间送达"};
      case LABELLING: return new String[] {"标签上的生产日期模糊", "包装标识与实物不符"};
      default: return new String[] {"其他问题，需要回电"};
    }
  }
}
