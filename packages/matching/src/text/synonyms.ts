/**
 * Groups of interchangeable domain terms. A query naming one member also searches for the others
 * (at a lower weight); documents are indexed as written. Members are written normalised
 * (lower case, half-width) — see {@link normalise}.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['锂电池', '锂离子电池'],
  ['新能源汽车', '电动汽车'],
  ['无人机', '无人驾驶飞行器', '无人飞行器'],
  ['人工智能', 'ai'],
  ['起重机', '吊车'],
  ['物联网', 'iot'],
  ['发光二极管', 'led'],
  ['印制电路板', '印刷电路板', 'pcb'],
  ['太阳能电池', '光伏电池'],
  ['废水', '污水'],
  ['二氧化碳', 'co2'],
  ['聚氯乙烯', 'pvc'],
  ['中药', '中草药'],
  ['5g', '第五代移动通信'],
  ['射频识别', 'rfid'],
  ['数控机床', 'cnc机床'],
];
