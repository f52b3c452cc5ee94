import type { DemoOrganisation } from './types.ts';

// Every USCC below is fictional: positions 3–8 repeat the organisation's regionCode and the 18th character
// is computed with usccCheckChar, so the codes validate but belong to no real registrant.
// Registration authority codes: 12 = 事业单位 (public institution), 11 = 机关 (government body), 91 = 企业.

const universities: DemoOrganisation[] = [
  {
    key: 'csu',
    name: '中南大学',
    type: 'university',
    uscc: '124301044448801A26',
    regionCode: '430104',
    contact: { name: '周志远', phone: '13907310101', email: 'tto@csu.demo.openlicense.cn' },
    status: 'approved',
    description:
      '教育部直属综合性研究型大学，粉末冶金、有色金属冶金、电池材料与资源循环领域专利储备深厚，技术转移中心负责专利开放许可与作价入股。',
  },
  {
    key: 'hnu',
    name: '湖南大学',
    type: 'university',
    uscc: '124301044448803B5U',
    regionCode: '430104',
    contact: { name: '谭文静', phone: '13907310202', email: 'tto@hnu.demo.openlicense.cn' },
    status: 'approved',
    description:
      '以电气工程、车辆工程、土木工程见长的研究型大学，在电力电子变换、汽车车身轻量化与桥梁结构健康监测方面形成成套专利。',
  },
  {
    key: 'xtu',
    name: '湘潭大学',
    type: 'university',
    uscc: '124303024448806C1Y',
    regionCode: '430302',
    contact: { name: '彭立新', phone: '13907320303', email: 'tto@xtu.demo.openlicense.cn' },
    status: 'approved',
    description:
      '湖南省属重点综合性大学，焊接机器人、材料科学与化工、储能材料方向科研活跃，重视面向湘潭、长沙制造企业的专利转化。',
  },
  {
    key: 'csust',
    name: '长沙理工大学',
    type: 'university',
    uscc: '124301034448809D7P',
    regionCode: '430103',
    contact: { name: '龙海燕', phone: '13907310404', email: 'tto@csust.demo.openlicense.cn' },
    status: 'approved',
    description:
      '以交通、电力、水利为特色的工科大学，在智能电网、道路桥梁材料、工程机械智能控制方面拥有一批可实施专利。',
  },
  {
    key: 'haas',
    name: '湖南省农业科学院',
    type: 'university',
    uscc: '124301024448812E3D',
    regionCode: '430102',
    contact: { name: '陈稻丰', phone: '13907310505', email: 'tto@haas.demo.openlicense.cn' },
    status: 'approved',
    description:
      '省级综合性农业科研机构，聚焦水稻育种、稻田重金属污染治理、农产品加工与贮藏保鲜，成果面向农业企业许可实施。',
  },
];

const enterprises: DemoOrganisation[] = [
  {
    key: 'xiangyue-crane',
    name: '湖南湘岳智能起重机械有限公司',
    type: 'enterprise',
    uscc: '91430121MA4L2C8R6W',
    regionCode: '430121',
    contact: { name: '刘建军', phone: '13974810601', email: 'tech@xiangyue-crane.demo.openlicense.cn' },
    status: 'approved',
    description:
      '位于长沙经开区的起重机械整机与智能控制系统制造商，主营汽车起重机、随车起重机，年产值约4亿元。',
  },
  {
    key: 'xingchi-edrive',
    name: '长沙星驰新能源汽车电驱科技有限公司',
    type: 'enterprise',
    uscc: '91430121MA4L5N1P26',
    regionCode: '430121',
    contact: { name: '黄晓峰', phone: '13974810702', email: 'tech@xingchi-edrive.demo.openlicense.cn' },
    status: 'approved',
    description: '为商用车与专用车配套电驱动总成、电机控制器和车载充电机，正推进碳化硅电控平台开发。',
  },
  {
    key: 'lugu-battery',
    name: '湖南麓谷锂电新能源有限公司',
    type: 'enterprise',
    uscc: '91430104MA4L7K3W9J',
    regionCode: '430104',
    contact: { name: '王丽娟', phone: '13974810803', email: 'tech@lugu-battery.demo.openlicense.cn' },
    status: 'approved',
    description: '动力与储能锂离子电池电芯及模组制造企业，产品用于工程机械电动化与工商业储能。',
  },
  {
    key: 'xiangchu-materials',
    name: '湖南湘储先进材料有限公司',
    type: 'enterprise',
    uscc: '91430182MA4LA83T5T',
    regionCode: '430182',
    contact: { name: '邓永红', phone: '13974810904', email: 'tech@xiangchu-materials.demo.openlicense.cn' },
    status: 'approved',
    description:
      '宁乡经开区先进储能材料企业，生产磷酸铁锂、三元前驱体和钠离子电池负极材料，并开展废旧电池回收。',
  },
  {
    key: 'lushan-biopharma',
    name: '长沙麓山生物医药科技有限公司',
    type: 'enterprise',
    uscc: '91430181MA4LC20H1R',
    regionCode: '430181',
    contact: { name: '曾雅琴', phone: '13974811005', email: 'tech@lushan-biopharma.demo.openlicense.cn' },
    status: 'approved',
    description: '浏阳经开区中药现代化与功能性原料企业，主营黄精、玉竹等湘产道地药材提取物及中药配方颗粒。',
  },
  {
    key: 'xinxiang-micro',
    name: '长沙芯湘微电子有限公司',
    type: 'enterprise',
    uscc: '91430104MA4LE64J70',
    regionCode: '430104',
    contact: { name: '李明哲', phone: '13974811106', email: 'tech@xinxiang-micro.demo.openlicense.cn' },
    status: 'approved',
    description: '功率半导体模块封装与测试企业，面向新能源汽车与光伏逆变器提供IGBT及碳化硅功率模块。',
  },
  {
    key: 'yuelu-robotics',
    name: '湖南岳麓智能装备有限公司',
    type: 'enterprise',
    uscc: '91430104MA4LG97M3W',
    regionCode: '430104',
    contact: { name: '杨振宇', phone: '13974811207', email: 'tech@yuelu-robotics.demo.openlicense.cn' },
    status: 'approved',
    description: '工业机器人系统集成商，为工程机械结构件提供焊接、打磨与视觉检测自动化产线。',
  },
  {
    key: 'xiangweiyuan-food',
    name: '湖南湘味源食品有限公司',
    type: 'enterprise',
    uscc: '91430182MA4LJ35N85',
    regionCode: '430182',
    contact: { name: '胡桂香', phone: '13974811308', email: 'tech@xiangweiyuan-food.demo.openlicense.cn' },
    status: 'approved',
    description: '宁乡食品工业园的湘味调味品与休闲食品企业，主营剁辣椒、酱腌菜和卤制豆干，产品销往全国商超。',
  },
  {
    key: 'jinzhou-pm',
    name: '湖南金洲粉末冶金新材料有限公司',
    type: 'enterprise',
    uscc: '91430182MA4LL72Q46',
    regionCode: '430182',
    contact: { name: '罗志刚', phone: '13974811409', email: 'tech@jinzhou-pm.demo.openlicense.cn' },
    status: 'approved',
    description: '硬质合金刀具、粉末冶金结构件及金属注射成形零件生产企业，客户覆盖工程机械与汽车零部件行业。',
  },
  {
    key: 'qingyuan-env',
    name: '长沙清源环保科技有限公司',
    type: 'enterprise',
    uscc: '91430111MA4LN08U01',
    regionCode: '430111',
    contact: { name: '唐海波', phone: '13974811510', email: 'tech@qingyuan-env.demo.openlicense.cn' },
    status: 'approved',
    description: '工业废水处理与土壤修复工程服务企业，承接有色冶炼、电镀园区废水治理及耕地重金属修复项目。',
  },
  {
    key: 'lugu-ai',
    name: '湖南麓谷数智软件有限公司',
    type: 'enterprise',
    uscc: '91430104MA4LQ46X6J',
    regionCode: '430104',
    contact: { name: '欧阳帆', phone: '13974811611', email: 'tech@lugu-ai.demo.openlicense.cn' },
    status: 'approved',
    description: '工业互联网与人工智能软件企业，为装备制造企业提供设备预测性维护和质量视觉检测平台。',
  },
  {
    key: 'daoxiang-rice',
    name: '益阳稻香米业有限公司',
    type: 'enterprise',
    uscc: '91430902MA4LT81Y2K',
    regionCode: '430902',
    contact: { name: '熊国庆', phone: '13974811712', email: 'tech@daoxiang-rice.demo.openlicense.cn' },
    status: 'approved',
    description: '洞庭湖区稻米收储与深加工企业，生产优质大米、米粉和米糠制品，自建订单种植基地约5万亩。',
  },
];

/** Waiting in the IP office's approval queue, so the review screen has something to show. */
const pendingApplicant: DemoOrganisation = {
  key: 'zhilian-sensor',
  name: '湖南智联传感科技有限公司',
  type: 'enterprise',
  uscc: '91430104MA4LW19A8F',
  regionCode: '430104',
  contact: { name: '石慧敏', phone: '13974811813', email: 'tech@zhilian-sensor.demo.openlicense.cn' },
  status: 'pending',
  description: '初创期MEMS压力与倾角传感器企业，拟面向工程机械和桥梁监测寻求高校专利许可，已提交入驻申请。',
};

const intermediaries: DemoOrganisation[] = [
  {
    key: 'xingcheng-ip',
    name: '长沙星城知识产权运营服务有限公司',
    type: 'agency',
    uscc: '91430102MA4LY57C36',
    regionCode: '430102',
    contact: { name: '贺思远', phone: '13974811914', email: 'service@xingcheng-ip.demo.openlicense.cn' },
    status: 'approved',
    description: '专利运营与技术经纪服务机构，收集企业技术需求、对接高校院所专利并组织供需对接活动。',
  },
  {
    key: 'lugu-park',
    name: '长沙麓谷先进制造产业园管理委员会',
    type: 'park',
    uscc: '11430104MB1F0238XM',
    regionCode: '430104',
    contact: { name: '蒋丽', phone: '13974812015', email: 'ip@lugu-park.demo.openlicense.cn' },
    status: 'approved',
    description:
      '园区管理机构，服务园内约300家中小企业，建设动力电池与智能装备产业公共专利池并组织专利包发布。',
  },
  {
    key: 'cs-ipo',
    name: '长沙市市场监督管理局（知识产权局）',
    type: 'ip_office',
    uscc: '11430100MB1F0465YB',
    regionCode: '430100',
    contact: { name: '肖卫东', phone: '13974812116', email: 'admin@cs-ipo.demo.openlicense.cn' },
    status: 'approved',
    description: '市级知识产权主管部门，审核入驻机构，监督开放许可声明与供需对接工作并开展年度绩效评价。',
  },
  {
    // An IP office reviews and evaluates its own region (by region-code prefix): the Changsha office covers
    // 4301xx; 湘潭大学 (430302) and 益阳稻香米业 (430902) lie outside it and go to the province's office (43xxxx).
    key: 'hn-ipo',
    name: '湖南省知识产权局',
    type: 'ip_office',
    uscc: '11430000MB1F057708',
    regionCode: '430000',
    contact: { name: '易志明', phone: '13974812217', email: 'admin@hn-ipo.demo.openlicense.cn' },
    status: 'approved',
    description: '省级知识产权主管部门，审核与评价长沙市以外的省内机构（湘潭、益阳等地）。',
  },
];

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  ...universities,
  ...enterprises,
  pendingApplicant,
  ...intermediaries,
];
