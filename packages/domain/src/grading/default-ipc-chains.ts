import type { IpcChainTable } from './ipc-chains.ts';

/**
 * The IPC → industry-chain table the platform starts with, until the IP office edits its own. Chain
 * names are the ones the demo ledgers and needs use (Hengyang-style chains such as 先进储能材料, 工程机械)
 * plus a few the catalogue benchmark uses (智能农机, 轨道交通, 纺织服装, 绿色建筑, 人工智能); rows follow
 * how the demo patents' IPC codes were assigned to chains. A deeper row overrides a shallower one
 * (`E04G` 工程机械 inside `E04` 绿色建筑).
 */
export const DEFAULT_IPC_CHAIN_TABLE: IpcChainTable = {
  entries: [
    // A: human necessities
    { prefix: 'A01B', chains: ['智能农机'] },
    { prefix: 'A01C', chains: ['智能农机'] },
    { prefix: 'A01D', chains: ['智能农机'] },
    { prefix: 'A01F', chains: ['智能农机'] },
    { prefix: 'A01H', chains: ['现代种业'] },
    { prefix: 'A21D', chains: ['食品加工'] },
    { prefix: 'A22C', chains: ['食品加工'] },
    { prefix: 'A23', chains: ['食品加工'] },
    { prefix: 'A61', chains: ['生物医药'] },
    // B: operations, transport
    { prefix: 'B01D', chains: ['节能环保'] },
    { prefix: 'B01J', chains: ['新材料'] },
    { prefix: 'B03', chains: ['新材料'] },
    { prefix: 'B08B', chains: ['节能环保'] },
    { prefix: 'B09', chains: ['节能环保'] },
    { prefix: 'B22F', chains: ['新材料'] },
    { prefix: 'B23K', chains: ['智能装备'] },
    { prefix: 'B23P', chains: ['智能装备'] },
    { prefix: 'B23Q', chains: ['智能装备'] },
    { prefix: 'B25J', chains: ['智能装备'] },
    { prefix: 'B33Y', chains: ['智能装备', '新材料'] },
    { prefix: 'B60K', chains: ['新能源汽车'] },
    { prefix: 'B60L', chains: ['新能源汽车'] },
    { prefix: 'B60W', chains: ['新能源汽车'] },
    { prefix: 'B61', chains: ['轨道交通'] },
    { prefix: 'B62D', chains: ['新能源汽车'] },
    { prefix: 'B66C', chains: ['工程机械'] },
    { prefix: 'B66D', chains: ['工程机械'] },
    { prefix: 'B66F', chains: ['工程机械'] },
    // C: chemistry, metallurgy
    { prefix: 'C01', chains: ['新材料'] },
    { prefix: 'C02F', chains: ['节能环保'] },
    { prefix: 'C04B', chains: ['新材料'] },
    { prefix: 'C07D', chains: ['生物医药'] },
    { prefix: 'C07K', chains: ['生物医药'] },
    { prefix: 'C08', chains: ['新材料'] },
    { prefix: 'C09K', chains: ['新材料'] },
    { prefix: 'C09K 17/00', chains: ['节能环保'] },
    { prefix: 'C11B', chains: ['食品加工'] },
    { prefix: 'C12N', chains: ['生物医药'] },
    { prefix: 'C12Q', chains: ['生物医药'] },
    { prefix: 'C22B', chains: ['新材料'] },
    { prefix: 'C22B 7/00', chains: ['节能环保'] },
    { prefix: 'C22C', chains: ['新材料'] },
    { prefix: 'C22F', chains: ['新材料'] },
    { prefix: 'C23C', chains: ['新材料'] },
    // D: textiles
    { prefix: 'D', chains: ['纺织服装'] },
    { prefix: 'D01F', chains: ['新材料', '纺织服装'] },
    // E: fixed constructions
    { prefix: 'E01C', chains: ['绿色建筑'] },
    { prefix: 'E01C 19/00', chains: ['工程机械'] },
    { prefix: 'E02F', chains: ['工程机械'] },
    { prefix: 'E04', chains: ['绿色建筑'] },
    { prefix: 'E04G', chains: ['工程机械'] },
    // F: mechanical engineering
    { prefix: 'F03D', chains: ['节能环保'] },
    { prefix: 'F15B', chains: ['工程机械'] },
    { prefix: 'F24S', chains: ['节能环保'] },
    // G: physics
    { prefix: 'G01R', chains: ['电子信息'] },
    { prefix: 'G05B', chains: ['智能装备'] },
    { prefix: 'G06', chains: ['电子信息'] },
    { prefix: 'G06N', chains: ['人工智能', '电子信息'] },
    { prefix: 'G06V', chains: ['人工智能', '电子信息'] },
    // H: electricity
    { prefix: 'H01G 11/00', chains: ['先进储能材料'] },
    { prefix: 'H01L', chains: ['电子信息'] },
    { prefix: 'H01M', chains: ['先进储能材料'] },
    { prefix: 'H01M 10/54', chains: ['节能环保', '先进储能材料'] },
    { prefix: 'H02H', chains: ['电子信息'] },
    { prefix: 'H02J 3/00', chains: ['节能环保'] },
    { prefix: 'H02J 7/00', chains: ['新能源汽车', '先进储能材料'] },
    { prefix: 'H02K', chains: ['新能源汽车'] },
    { prefix: 'H02M', chains: ['电子信息'] },
    { prefix: 'H02P', chains: ['新能源汽车'] },
    { prefix: 'H02S', chains: ['节能环保'] },
    { prefix: 'H04', chains: ['电子信息'] },
    { prefix: 'H05K', chains: ['电子信息'] },
    { prefix: 'H10', chains: ['电子信息'] },
  ],
};
