using System.Text.Json.Serialization;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;
using Newtonsoft.Json;

namespace MongoPatterns.Benchmarks.Bson.Models;

/// <summary>
/// The typed shape of <c>flat_bson.json</c>: one property per field, in the file's order, named after the field (first
/// letter upper-cased). Every property carries the element name for MongoPatterns.Bson, System.Text.Json and
/// Newtonsoft.Json, so all three read and write the same field names.
/// </summary>
/// <remarks>Generated from the data file's field names and types; regenerate if the data file changes.</remarks>
public sealed class FlatModel
{
    /// <summary>Gets or sets the <c>pfZSRHnn</c> field (a double).</summary>
    [BsonElement("pfZSRHnn")]
    [JsonPropertyName("pfZSRHnn")]
    [JsonProperty("pfZSRHnn")]
    public double PfZSRHnn { get; set; }

    /// <summary>Gets or sets the <c>XeRkAyCq</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(XeRkAyCq))]
    [JsonPropertyName(nameof(XeRkAyCq))]
    [JsonProperty(nameof(XeRkAyCq))]
    public int XeRkAyCq { get; set; }

    /// <summary>Gets or sets the <c>oRWMNJTE</c> field (a string).</summary>
    [BsonElement("oRWMNJTE")]
    [JsonPropertyName("oRWMNJTE")]
    [JsonProperty("oRWMNJTE")]
    public string ORWMNJTE { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>hnVgYIQi</c> field (a string).</summary>
    [BsonElement("hnVgYIQi")]
    [JsonPropertyName("hnVgYIQi")]
    [JsonProperty("hnVgYIQi")]
    public string HnVgYIQi { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>cxOHMeDJ</c> field (a string).</summary>
    [BsonElement("cxOHMeDJ")]
    [JsonPropertyName("cxOHMeDJ")]
    [JsonProperty("cxOHMeDJ")]
    public string CxOHMeDJ { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>MeUYSkPS</c> field (a string).</summary>
    [BsonElement(nameof(MeUYSkPS))]
    [JsonPropertyName(nameof(MeUYSkPS))]
    [JsonProperty(nameof(MeUYSkPS))]
    public string MeUYSkPS { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>IsorvnMR</c> field (a boolean).</summary>
    [BsonElement(nameof(IsorvnMR))]
    [JsonPropertyName(nameof(IsorvnMR))]
    [JsonProperty(nameof(IsorvnMR))]
    public bool IsorvnMR { get; set; }

    /// <summary>Gets or sets the <c>vvUeXASH</c> field (a boolean).</summary>
    [BsonElement("vvUeXASH")]
    [JsonPropertyName("vvUeXASH")]
    [JsonProperty("vvUeXASH")]
    public bool VvUeXASH { get; set; }

    /// <summary>Gets or sets the <c>zEgGhhZf</c> field (a boolean).</summary>
    [BsonElement("zEgGhhZf")]
    [JsonPropertyName("zEgGhhZf")]
    [JsonProperty("zEgGhhZf")]
    public bool ZEgGhhZf { get; set; }

    /// <summary>Gets or sets the <c>SUWXijHT</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(SUWXijHT))]
    [JsonPropertyName(nameof(SUWXijHT))]
    [JsonProperty(nameof(SUWXijHT))]
    public int SUWXijHT { get; set; }

    /// <summary>Gets or sets the <c>HicJbMpj</c> field (a boolean).</summary>
    [BsonElement(nameof(HicJbMpj))]
    [JsonPropertyName(nameof(HicJbMpj))]
    [JsonProperty(nameof(HicJbMpj))]
    public bool HicJbMpj { get; set; }

    /// <summary>Gets or sets the <c>ijwXMKqI</c> field (a 32-bit integer).</summary>
    [BsonElement("ijwXMKqI")]
    [JsonPropertyName("ijwXMKqI")]
    [JsonProperty("ijwXMKqI")]
    public int IjwXMKqI { get; set; }

    /// <summary>Gets or sets the <c>RemSsnnR</c> field (a boolean).</summary>
    [BsonElement(nameof(RemSsnnR))]
    [JsonPropertyName(nameof(RemSsnnR))]
    [JsonProperty(nameof(RemSsnnR))]
    public bool RemSsnnR { get; set; }

    /// <summary>Gets or sets the <c>McpOBmaR</c> field (a string).</summary>
    [BsonElement(nameof(McpOBmaR))]
    [JsonPropertyName(nameof(McpOBmaR))]
    [JsonProperty(nameof(McpOBmaR))]
    public string McpOBmaR { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>ddVenEkK</c> field (a 32-bit integer).</summary>
    [BsonElement("ddVenEkK")]
    [JsonPropertyName("ddVenEkK")]
    [JsonProperty("ddVenEkK")]
    public int DdVenEkK { get; set; }

    /// <summary>Gets or sets the <c>CqCssWxW</c> field (a string).</summary>
    [BsonElement(nameof(CqCssWxW))]
    [JsonPropertyName(nameof(CqCssWxW))]
    [JsonProperty(nameof(CqCssWxW))]
    public string CqCssWxW { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>taoNnQYY</c> field (a double).</summary>
    [BsonElement("taoNnQYY")]
    [JsonPropertyName("taoNnQYY")]
    [JsonProperty("taoNnQYY")]
    public double TaoNnQYY { get; set; }

    /// <summary>Gets or sets the <c>MXMxLVBk</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(MXMxLVBk))]
    [JsonPropertyName(nameof(MXMxLVBk))]
    [JsonProperty(nameof(MXMxLVBk))]
    public int MXMxLVBk { get; set; }

    /// <summary>Gets or sets the <c>yeTUgNrU</c> field (a boolean).</summary>
    [BsonElement("yeTUgNrU")]
    [JsonPropertyName("yeTUgNrU")]
    [JsonProperty("yeTUgNrU")]
    public bool YeTUgNrU { get; set; }

    /// <summary>Gets or sets the <c>vkEDWgmN</c> field (a string).</summary>
    [BsonElement("vkEDWgmN")]
    [JsonPropertyName("vkEDWgmN")]
    [JsonProperty("vkEDWgmN")]
    public string VkEDWgmN { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>TgSwBbgp</c> field (a double).</summary>
    [BsonElement(nameof(TgSwBbgp))]
    [JsonPropertyName(nameof(TgSwBbgp))]
    [JsonProperty(nameof(TgSwBbgp))]
    public double TgSwBbgp { get; set; }

    /// <summary>Gets or sets the <c>FDYGeSiR</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(FDYGeSiR))]
    [JsonPropertyName(nameof(FDYGeSiR))]
    [JsonProperty(nameof(FDYGeSiR))]
    public long FDYGeSiR { get; set; }

    /// <summary>Gets or sets the <c>xrzGnsEK</c> field (a string).</summary>
    [BsonElement("xrzGnsEK")]
    [JsonPropertyName("xrzGnsEK")]
    [JsonProperty("xrzGnsEK")]
    public string XrzGnsEK { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>VVvwKVRG</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(VVvwKVRG))]
    [JsonPropertyName(nameof(VVvwKVRG))]
    [JsonProperty(nameof(VVvwKVRG))]
    public int VVvwKVRG { get; set; }

    /// <summary>Gets or sets the <c>TmUnYUrv</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(TmUnYUrv))]
    [JsonPropertyName(nameof(TmUnYUrv))]
    [JsonProperty(nameof(TmUnYUrv))]
    public long TmUnYUrv { get; set; }

    /// <summary>Gets or sets the <c>OCsIhHxq</c> field (a string).</summary>
    [BsonElement(nameof(OCsIhHxq))]
    [JsonPropertyName(nameof(OCsIhHxq))]
    [JsonProperty(nameof(OCsIhHxq))]
    public string OCsIhHxq { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>pKjOghFa</c> field (a boolean).</summary>
    [BsonElement("pKjOghFa")]
    [JsonPropertyName("pKjOghFa")]
    [JsonProperty("pKjOghFa")]
    public bool PKjOghFa { get; set; }

    /// <summary>Gets or sets the <c>VCSKFCoE</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(VCSKFCoE))]
    [JsonPropertyName(nameof(VCSKFCoE))]
    [JsonProperty(nameof(VCSKFCoE))]
    public long VCSKFCoE { get; set; }

    /// <summary>Gets or sets the <c>yKfZnGKG</c> field (a double).</summary>
    [BsonElement("yKfZnGKG")]
    [JsonPropertyName("yKfZnGKG")]
    [JsonProperty("yKfZnGKG")]
    public double YKfZnGKG { get; set; }

    /// <summary>Gets or sets the <c>UKwbAKGw</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(UKwbAKGw))]
    [JsonPropertyName(nameof(UKwbAKGw))]
    [JsonProperty(nameof(UKwbAKGw))]
    public int UKwbAKGw { get; set; }

    /// <summary>Gets or sets the <c>iFFGfTXc</c> field (a string).</summary>
    [BsonElement("iFFGfTXc")]
    [JsonPropertyName("iFFGfTXc")]
    [JsonProperty("iFFGfTXc")]
    public string IFFGfTXc { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>RwAVVKHM</c> field (a string).</summary>
    [BsonElement(nameof(RwAVVKHM))]
    [JsonPropertyName(nameof(RwAVVKHM))]
    [JsonProperty(nameof(RwAVVKHM))]
    public string RwAVVKHM { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>AtWNZJXa</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(AtWNZJXa))]
    [JsonPropertyName(nameof(AtWNZJXa))]
    [JsonProperty(nameof(AtWNZJXa))]
    public long AtWNZJXa { get; set; }

    /// <summary>Gets or sets the <c>XxvXmHiQ</c> field (a double).</summary>
    [BsonElement(nameof(XxvXmHiQ))]
    [JsonPropertyName(nameof(XxvXmHiQ))]
    [JsonProperty(nameof(XxvXmHiQ))]
    public double XxvXmHiQ { get; set; }

    /// <summary>Gets or sets the <c>wmDLUkXt</c> field (a 64-bit integer).</summary>
    [BsonElement("wmDLUkXt")]
    [JsonPropertyName("wmDLUkXt")]
    [JsonProperty("wmDLUkXt")]
    public long WmDLUkXt { get; set; }

    /// <summary>Gets or sets the <c>zSYvADVf</c> field (a 64-bit integer).</summary>
    [BsonElement("zSYvADVf")]
    [JsonPropertyName("zSYvADVf")]
    [JsonProperty("zSYvADVf")]
    public long ZSYvADVf { get; set; }

    /// <summary>Gets or sets the <c>VcCSqSmp</c> field (a boolean).</summary>
    [BsonElement(nameof(VcCSqSmp))]
    [JsonPropertyName(nameof(VcCSqSmp))]
    [JsonProperty(nameof(VcCSqSmp))]
    public bool VcCSqSmp { get; set; }

    /// <summary>Gets or sets the <c>jmglLvAS</c> field (a string).</summary>
    [BsonElement("jmglLvAS")]
    [JsonPropertyName("jmglLvAS")]
    [JsonProperty("jmglLvAS")]
    public string JmglLvAS { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>ZmtEJFSO</c> field (a string).</summary>
    [BsonElement(nameof(ZmtEJFSO))]
    [JsonPropertyName(nameof(ZmtEJFSO))]
    [JsonProperty(nameof(ZmtEJFSO))]
    public string ZmtEJFSO { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>MqfkBZJF</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(MqfkBZJF))]
    [JsonPropertyName(nameof(MqfkBZJF))]
    [JsonProperty(nameof(MqfkBZJF))]
    public int MqfkBZJF { get; set; }

    /// <summary>Gets or sets the <c>doshbrpF</c> field (a 64-bit integer).</summary>
    [BsonElement("doshbrpF")]
    [JsonPropertyName("doshbrpF")]
    [JsonProperty("doshbrpF")]
    public long DoshbrpF { get; set; }

    /// <summary>Gets or sets the <c>jWaFvVAz</c> field (a double).</summary>
    [BsonElement("jWaFvVAz")]
    [JsonPropertyName("jWaFvVAz")]
    [JsonProperty("jWaFvVAz")]
    public double JWaFvVAz { get; set; }

    /// <summary>Gets or sets the <c>LVNIFCYm</c> field (a boolean).</summary>
    [BsonElement(nameof(LVNIFCYm))]
    [JsonPropertyName(nameof(LVNIFCYm))]
    [JsonProperty(nameof(LVNIFCYm))]
    public bool LVNIFCYm { get; set; }

    /// <summary>Gets or sets the <c>VplFgewF</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(VplFgewF))]
    [JsonPropertyName(nameof(VplFgewF))]
    [JsonProperty(nameof(VplFgewF))]
    public int VplFgewF { get; set; }

    /// <summary>Gets or sets the <c>eRTIdIJR</c> field (a string).</summary>
    [BsonElement("eRTIdIJR")]
    [JsonPropertyName("eRTIdIJR")]
    [JsonProperty("eRTIdIJR")]
    public string ERTIdIJR { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>zswQbWEI</c> field (a 64-bit integer).</summary>
    [BsonElement("zswQbWEI")]
    [JsonPropertyName("zswQbWEI")]
    [JsonProperty("zswQbWEI")]
    public long ZswQbWEI { get; set; }

    /// <summary>Gets or sets the <c>obcwwqWZ</c> field (a double).</summary>
    [BsonElement("obcwwqWZ")]
    [JsonPropertyName("obcwwqWZ")]
    [JsonProperty("obcwwqWZ")]
    public double ObcwwqWZ { get; set; }

    /// <summary>Gets or sets the <c>vlSZaxCV</c> field (a string).</summary>
    [BsonElement("vlSZaxCV")]
    [JsonPropertyName("vlSZaxCV")]
    [JsonProperty("vlSZaxCV")]
    public string VlSZaxCV { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>QobifTeZ</c> field (a string).</summary>
    [BsonElement(nameof(QobifTeZ))]
    [JsonPropertyName(nameof(QobifTeZ))]
    [JsonProperty(nameof(QobifTeZ))]
    public string QobifTeZ { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>XXKbyIXG</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(XXKbyIXG))]
    [JsonPropertyName(nameof(XXKbyIXG))]
    [JsonProperty(nameof(XXKbyIXG))]
    public long XXKbyIXG { get; set; }

    /// <summary>Gets or sets the <c>dNSuxlSU</c> field (a string).</summary>
    [BsonElement("dNSuxlSU")]
    [JsonPropertyName("dNSuxlSU")]
    [JsonProperty("dNSuxlSU")]
    public string DNSuxlSU { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>HrUPbFHD</c> field (a double).</summary>
    [BsonElement(nameof(HrUPbFHD))]
    [JsonPropertyName(nameof(HrUPbFHD))]
    [JsonProperty(nameof(HrUPbFHD))]
    public double HrUPbFHD { get; set; }

    /// <summary>Gets or sets the <c>XEBqaXkB</c> field (a double).</summary>
    [BsonElement(nameof(XEBqaXkB))]
    [JsonPropertyName(nameof(XEBqaXkB))]
    [JsonProperty(nameof(XEBqaXkB))]
    public double XEBqaXkB { get; set; }

    /// <summary>Gets or sets the <c>xWpeGNjl</c> field (a 64-bit integer).</summary>
    [BsonElement("xWpeGNjl")]
    [JsonPropertyName("xWpeGNjl")]
    [JsonProperty("xWpeGNjl")]
    public long XWpeGNjl { get; set; }

    /// <summary>Gets or sets the <c>aicoMxZq</c> field (a boolean).</summary>
    [BsonElement("aicoMxZq")]
    [JsonPropertyName("aicoMxZq")]
    [JsonProperty("aicoMxZq")]
    public bool AicoMxZq { get; set; }

    /// <summary>Gets or sets the <c>LngvlnTV</c> field (a double).</summary>
    [BsonElement(nameof(LngvlnTV))]
    [JsonPropertyName(nameof(LngvlnTV))]
    [JsonProperty(nameof(LngvlnTV))]
    public double LngvlnTV { get; set; }

    /// <summary>Gets or sets the <c>WYJdGJLu</c> field (a string).</summary>
    [BsonElement(nameof(WYJdGJLu))]
    [JsonPropertyName(nameof(WYJdGJLu))]
    [JsonProperty(nameof(WYJdGJLu))]
    public string WYJdGJLu { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>TRpgnInA</c> field (a boolean).</summary>
    [BsonElement(nameof(TRpgnInA))]
    [JsonPropertyName(nameof(TRpgnInA))]
    [JsonProperty(nameof(TRpgnInA))]
    public bool TRpgnInA { get; set; }

    /// <summary>Gets or sets the <c>JhImQOkw</c> field (a boolean).</summary>
    [BsonElement(nameof(JhImQOkw))]
    [JsonPropertyName(nameof(JhImQOkw))]
    [JsonProperty(nameof(JhImQOkw))]
    public bool JhImQOkw { get; set; }

    /// <summary>Gets or sets the <c>KMKBtlov</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(KMKBtlov))]
    [JsonPropertyName(nameof(KMKBtlov))]
    [JsonProperty(nameof(KMKBtlov))]
    public long KMKBtlov { get; set; }

    /// <summary>Gets or sets the <c>gySFZeAE</c> field (a double).</summary>
    [BsonElement("gySFZeAE")]
    [JsonPropertyName("gySFZeAE")]
    [JsonProperty("gySFZeAE")]
    public double GySFZeAE { get; set; }

    /// <summary>Gets or sets the <c>RPsQhgRD</c> field (a string).</summary>
    [BsonElement(nameof(RPsQhgRD))]
    [JsonPropertyName(nameof(RPsQhgRD))]
    [JsonProperty(nameof(RPsQhgRD))]
    public string RPsQhgRD { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>rmzUAgmk</c> field (a string).</summary>
    [BsonElement("rmzUAgmk")]
    [JsonPropertyName("rmzUAgmk")]
    [JsonProperty("rmzUAgmk")]
    public string RmzUAgmk { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>Ibrdrtgg</c> field (a string).</summary>
    [BsonElement(nameof(Ibrdrtgg))]
    [JsonPropertyName(nameof(Ibrdrtgg))]
    [JsonProperty(nameof(Ibrdrtgg))]
    public string Ibrdrtgg { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>WmMOvgFc</c> field (a boolean).</summary>
    [BsonElement(nameof(WmMOvgFc))]
    [JsonPropertyName(nameof(WmMOvgFc))]
    [JsonProperty(nameof(WmMOvgFc))]
    public bool WmMOvgFc { get; set; }

    /// <summary>Gets or sets the <c>KnhgtAOJ</c> field (a string).</summary>
    [BsonElement(nameof(KnhgtAOJ))]
    [JsonPropertyName(nameof(KnhgtAOJ))]
    [JsonProperty(nameof(KnhgtAOJ))]
    public string KnhgtAOJ { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>qrJASGzU</c> field (a boolean).</summary>
    [BsonElement("qrJASGzU")]
    [JsonPropertyName("qrJASGzU")]
    [JsonProperty("qrJASGzU")]
    public bool QrJASGzU { get; set; }

    /// <summary>Gets or sets the <c>egxZaSsw</c> field (a boolean).</summary>
    [BsonElement("egxZaSsw")]
    [JsonPropertyName("egxZaSsw")]
    [JsonProperty("egxZaSsw")]
    public bool EgxZaSsw { get; set; }

    /// <summary>Gets or sets the <c>cVjWCrlu</c> field (a 64-bit integer).</summary>
    [BsonElement("cVjWCrlu")]
    [JsonPropertyName("cVjWCrlu")]
    [JsonProperty("cVjWCrlu")]
    public long CVjWCrlu { get; set; }

    /// <summary>Gets or sets the <c>OfTmCvDx</c> field (a string).</summary>
    [BsonElement(nameof(OfTmCvDx))]
    [JsonPropertyName(nameof(OfTmCvDx))]
    [JsonProperty(nameof(OfTmCvDx))]
    public string OfTmCvDx { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>MNuWZMLP</c> field (a boolean).</summary>
    [BsonElement(nameof(MNuWZMLP))]
    [JsonPropertyName(nameof(MNuWZMLP))]
    [JsonProperty(nameof(MNuWZMLP))]
    public bool MNuWZMLP { get; set; }

    /// <summary>Gets or sets the <c>JrJzKiIx</c> field (a string).</summary>
    [BsonElement(nameof(JrJzKiIx))]
    [JsonPropertyName(nameof(JrJzKiIx))]
    [JsonProperty(nameof(JrJzKiIx))]
    public string JrJzKiIx { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>JzgaUWVG</c> field (a double).</summary>
    [BsonElement(nameof(JzgaUWVG))]
    [JsonPropertyName(nameof(JzgaUWVG))]
    [JsonProperty(nameof(JzgaUWVG))]
    public double JzgaUWVG { get; set; }

    /// <summary>Gets or sets the <c>WHSQVLKG</c> field (a boolean).</summary>
    [BsonElement(nameof(WHSQVLKG))]
    [JsonPropertyName(nameof(WHSQVLKG))]
    [JsonProperty(nameof(WHSQVLKG))]
    public bool WHSQVLKG { get; set; }

    /// <summary>Gets or sets the <c>SYtZkQbC</c> field (a string).</summary>
    [BsonElement(nameof(SYtZkQbC))]
    [JsonPropertyName(nameof(SYtZkQbC))]
    [JsonProperty(nameof(SYtZkQbC))]
    public string SYtZkQbC { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>nBKWWUWk</c> field (a 32-bit integer).</summary>
    [BsonElement("nBKWWUWk")]
    [JsonPropertyName("nBKWWUWk")]
    [JsonProperty("nBKWWUWk")]
    public int NBKWWUWk { get; set; }

    /// <summary>Gets or sets the <c>Rbxpznea</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(Rbxpznea))]
    [JsonPropertyName(nameof(Rbxpznea))]
    [JsonProperty(nameof(Rbxpznea))]
    public int Rbxpznea { get; set; }

    /// <summary>Gets or sets the <c>tIJEYSYM</c> field (a string).</summary>
    [BsonElement("tIJEYSYM")]
    [JsonPropertyName("tIJEYSYM")]
    [JsonProperty("tIJEYSYM")]
    public string TIJEYSYM { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>dHsYhRbV</c> field (a string).</summary>
    [BsonElement("dHsYhRbV")]
    [JsonPropertyName("dHsYhRbV")]
    [JsonProperty("dHsYhRbV")]
    public string DHsYhRbV { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>iwfbMdcv</c> field (a double).</summary>
    [BsonElement("iwfbMdcv")]
    [JsonPropertyName("iwfbMdcv")]
    [JsonProperty("iwfbMdcv")]
    public double IwfbMdcv { get; set; }

    /// <summary>Gets or sets the <c>dCLfYqqM</c> field (a 32-bit integer).</summary>
    [BsonElement("dCLfYqqM")]
    [JsonPropertyName("dCLfYqqM")]
    [JsonProperty("dCLfYqqM")]
    public int DCLfYqqM { get; set; }

    /// <summary>Gets or sets the <c>ahFCBmqT</c> field (a 64-bit integer).</summary>
    [BsonElement("ahFCBmqT")]
    [JsonPropertyName("ahFCBmqT")]
    [JsonProperty("ahFCBmqT")]
    public long AhFCBmqT { get; set; }

    /// <summary>Gets or sets the <c>TkXMwZlU</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(TkXMwZlU))]
    [JsonPropertyName(nameof(TkXMwZlU))]
    [JsonProperty(nameof(TkXMwZlU))]
    public long TkXMwZlU { get; set; }

    /// <summary>Gets or sets the <c>LUPqMOHS</c> field (a string).</summary>
    [BsonElement(nameof(LUPqMOHS))]
    [JsonPropertyName(nameof(LUPqMOHS))]
    [JsonProperty(nameof(LUPqMOHS))]
    public string LUPqMOHS { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>hwHOTmmW</c> field (a double).</summary>
    [BsonElement("hwHOTmmW")]
    [JsonPropertyName("hwHOTmmW")]
    [JsonProperty("hwHOTmmW")]
    public double HwHOTmmW { get; set; }

    /// <summary>Gets or sets the <c>kfvcFmKw</c> field (a boolean).</summary>
    [BsonElement("kfvcFmKw")]
    [JsonPropertyName("kfvcFmKw")]
    [JsonProperty("kfvcFmKw")]
    public bool KfvcFmKw { get; set; }

    /// <summary>Gets or sets the <c>bkuaZWRT</c> field (a 64-bit integer).</summary>
    [BsonElement("bkuaZWRT")]
    [JsonPropertyName("bkuaZWRT")]
    [JsonProperty("bkuaZWRT")]
    public long BkuaZWRT { get; set; }

    /// <summary>Gets or sets the <c>nKhiSITP</c> field (a 32-bit integer).</summary>
    [BsonElement("nKhiSITP")]
    [JsonPropertyName("nKhiSITP")]
    [JsonProperty("nKhiSITP")]
    public int NKhiSITP { get; set; }

    /// <summary>Gets or sets the <c>CYhSCkWB</c> field (a string).</summary>
    [BsonElement(nameof(CYhSCkWB))]
    [JsonPropertyName(nameof(CYhSCkWB))]
    [JsonProperty(nameof(CYhSCkWB))]
    public string CYhSCkWB { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>vSLTtfDF</c> field (a string).</summary>
    [BsonElement("vSLTtfDF")]
    [JsonPropertyName("vSLTtfDF")]
    [JsonProperty("vSLTtfDF")]
    public string VSLTtfDF { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>CEtYKsdd</c> field (a string).</summary>
    [BsonElement(nameof(CEtYKsdd))]
    [JsonPropertyName(nameof(CEtYKsdd))]
    [JsonProperty(nameof(CEtYKsdd))]
    public string CEtYKsdd { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>dVkWIafN</c> field (a double).</summary>
    [BsonElement("dVkWIafN")]
    [JsonPropertyName("dVkWIafN")]
    [JsonProperty("dVkWIafN")]
    public double DVkWIafN { get; set; }

    /// <summary>Gets or sets the <c>HQiykral</c> field (a double).</summary>
    [BsonElement(nameof(HQiykral))]
    [JsonPropertyName(nameof(HQiykral))]
    [JsonProperty(nameof(HQiykral))]
    public double HQiykral { get; set; }

    /// <summary>Gets or sets the <c>YDHWnEXV</c> field (a string).</summary>
    [BsonElement(nameof(YDHWnEXV))]
    [JsonPropertyName(nameof(YDHWnEXV))]
    [JsonProperty(nameof(YDHWnEXV))]
    public string YDHWnEXV { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>pacTBmxE</c> field (a double).</summary>
    [BsonElement("pacTBmxE")]
    [JsonPropertyName("pacTBmxE")]
    [JsonProperty("pacTBmxE")]
    public double PacTBmxE { get; set; }

    /// <summary>Gets or sets the <c>ddPdLgGg</c> field (a 32-bit integer).</summary>
    [BsonElement("ddPdLgGg")]
    [JsonPropertyName("ddPdLgGg")]
    [JsonProperty("ddPdLgGg")]
    public int DdPdLgGg { get; set; }

    /// <summary>Gets or sets the <c>xWUlYggc</c> field (a string).</summary>
    [BsonElement("xWUlYggc")]
    [JsonPropertyName("xWUlYggc")]
    [JsonProperty("xWUlYggc")]
    public string XWUlYggc { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>dpbwfSRb</c> field (a string).</summary>
    [BsonElement("dpbwfSRb")]
    [JsonPropertyName("dpbwfSRb")]
    [JsonProperty("dpbwfSRb")]
    public string DpbwfSRb { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>AgYYbYPr</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(AgYYbYPr))]
    [JsonPropertyName(nameof(AgYYbYPr))]
    [JsonProperty(nameof(AgYYbYPr))]
    public int AgYYbYPr { get; set; }

    /// <summary>Gets or sets the <c>wjfyueDC</c> field (a boolean).</summary>
    [BsonElement("wjfyueDC")]
    [JsonPropertyName("wjfyueDC")]
    [JsonProperty("wjfyueDC")]
    public bool WjfyueDC { get; set; }

    /// <summary>Gets or sets the <c>fEheUtop</c> field (a string).</summary>
    [BsonElement("fEheUtop")]
    [JsonPropertyName("fEheUtop")]
    [JsonProperty("fEheUtop")]
    public string FEheUtop { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>pOMEwSod</c> field (a 32-bit integer).</summary>
    [BsonElement("pOMEwSod")]
    [JsonPropertyName("pOMEwSod")]
    [JsonProperty("pOMEwSod")]
    public int POMEwSod { get; set; }

    /// <summary>Gets or sets the <c>BwTXiovJ</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(BwTXiovJ))]
    [JsonPropertyName(nameof(BwTXiovJ))]
    [JsonProperty(nameof(BwTXiovJ))]
    public int BwTXiovJ { get; set; }

    /// <summary>Gets or sets the <c>TDUzNJiH</c> field (a string).</summary>
    [BsonElement(nameof(TDUzNJiH))]
    [JsonPropertyName(nameof(TDUzNJiH))]
    [JsonProperty(nameof(TDUzNJiH))]
    public string TDUzNJiH { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>KyxOoCqS</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(KyxOoCqS))]
    [JsonPropertyName(nameof(KyxOoCqS))]
    [JsonProperty(nameof(KyxOoCqS))]
    public int KyxOoCqS { get; set; }

    /// <summary>Gets or sets the <c>zMCFzcWY</c> field (a string).</summary>
    [BsonElement("zMCFzcWY")]
    [JsonPropertyName("zMCFzcWY")]
    [JsonProperty("zMCFzcWY")]
    public string ZMCFzcWY { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>FpduyhQP</c> field (a boolean).</summary>
    [BsonElement(nameof(FpduyhQP))]
    [JsonPropertyName(nameof(FpduyhQP))]
    [JsonProperty(nameof(FpduyhQP))]
    public bool FpduyhQP { get; set; }

    /// <summary>Gets or sets the <c>JXMyYkfb</c> field (a double).</summary>
    [BsonElement(nameof(JXMyYkfb))]
    [JsonPropertyName(nameof(JXMyYkfb))]
    [JsonProperty(nameof(JXMyYkfb))]
    public double JXMyYkfb { get; set; }

    /// <summary>Gets or sets the <c>yXSBbPeT</c> field (a string).</summary>
    [BsonElement("yXSBbPeT")]
    [JsonPropertyName("yXSBbPeT")]
    [JsonProperty("yXSBbPeT")]
    public string YXSBbPeT { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>wjAWaOog</c> field (a string).</summary>
    [BsonElement("wjAWaOog")]
    [JsonPropertyName("wjAWaOog")]
    [JsonProperty("wjAWaOog")]
    public string WjAWaOog { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>cepcgozk</c> field (a string).</summary>
    [BsonElement("cepcgozk")]
    [JsonPropertyName("cepcgozk")]
    [JsonProperty("cepcgozk")]
    public string Cepcgozk { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>DQBQcQFj</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(DQBQcQFj))]
    [JsonPropertyName(nameof(DQBQcQFj))]
    [JsonProperty(nameof(DQBQcQFj))]
    public long DQBQcQFj { get; set; }

    /// <summary>Gets or sets the <c>sYtnozSc</c> field (a 64-bit integer).</summary>
    [BsonElement("sYtnozSc")]
    [JsonPropertyName("sYtnozSc")]
    [JsonProperty("sYtnozSc")]
    public long SYtnozSc { get; set; }

    /// <summary>Gets or sets the <c>BBqZInWV</c> field (a string).</summary>
    [BsonElement(nameof(BBqZInWV))]
    [JsonPropertyName(nameof(BBqZInWV))]
    [JsonProperty(nameof(BBqZInWV))]
    public string BBqZInWV { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>dtywOLeD</c> field (a string).</summary>
    [BsonElement("dtywOLeD")]
    [JsonPropertyName("dtywOLeD")]
    [JsonProperty("dtywOLeD")]
    public string DtywOLeD { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>WoFGfdvb</c> field (a string).</summary>
    [BsonElement(nameof(WoFGfdvb))]
    [JsonPropertyName(nameof(WoFGfdvb))]
    [JsonProperty(nameof(WoFGfdvb))]
    public string WoFGfdvb { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>zDzSGNnW</c> field (a boolean).</summary>
    [BsonElement("zDzSGNnW")]
    [JsonPropertyName("zDzSGNnW")]
    [JsonProperty("zDzSGNnW")]
    public bool ZDzSGNnW { get; set; }

    /// <summary>Gets or sets the <c>ReOZakjB</c> field (a double).</summary>
    [BsonElement(nameof(ReOZakjB))]
    [JsonPropertyName(nameof(ReOZakjB))]
    [JsonProperty(nameof(ReOZakjB))]
    public double ReOZakjB { get; set; }

    /// <summary>Gets or sets the <c>uMDWqLMf</c> field (a string).</summary>
    [BsonElement("uMDWqLMf")]
    [JsonPropertyName("uMDWqLMf")]
    [JsonProperty("uMDWqLMf")]
    public string UMDWqLMf { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>GiAHzFII</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(GiAHzFII))]
    [JsonPropertyName(nameof(GiAHzFII))]
    [JsonProperty(nameof(GiAHzFII))]
    public int GiAHzFII { get; set; }

    /// <summary>Gets or sets the <c>UtbwOKLt</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(UtbwOKLt))]
    [JsonPropertyName(nameof(UtbwOKLt))]
    [JsonProperty(nameof(UtbwOKLt))]
    public long UtbwOKLt { get; set; }

    /// <summary>Gets or sets the <c>DJsnHZIC</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(DJsnHZIC))]
    [JsonPropertyName(nameof(DJsnHZIC))]
    [JsonProperty(nameof(DJsnHZIC))]
    public int DJsnHZIC { get; set; }

    /// <summary>Gets or sets the <c>SqNvlUZF</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(SqNvlUZF))]
    [JsonPropertyName(nameof(SqNvlUZF))]
    [JsonProperty(nameof(SqNvlUZF))]
    public long SqNvlUZF { get; set; }

    /// <summary>Gets or sets the <c>PvfnpsMV</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(PvfnpsMV))]
    [JsonPropertyName(nameof(PvfnpsMV))]
    [JsonProperty(nameof(PvfnpsMV))]
    public int PvfnpsMV { get; set; }

    /// <summary>Gets or sets the <c>UpdMADoN</c> field (a boolean).</summary>
    [BsonElement(nameof(UpdMADoN))]
    [JsonPropertyName(nameof(UpdMADoN))]
    [JsonProperty(nameof(UpdMADoN))]
    public bool UpdMADoN { get; set; }

    /// <summary>Gets or sets the <c>jbUymqiB</c> field (a string).</summary>
    [BsonElement("jbUymqiB")]
    [JsonPropertyName("jbUymqiB")]
    [JsonProperty("jbUymqiB")]
    public string JbUymqiB { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>qHzOMXeT</c> field (a 32-bit integer).</summary>
    [BsonElement("qHzOMXeT")]
    [JsonPropertyName("qHzOMXeT")]
    [JsonProperty("qHzOMXeT")]
    public int QHzOMXeT { get; set; }

    /// <summary>Gets or sets the <c>XGxlHrXf</c> field (a boolean).</summary>
    [BsonElement(nameof(XGxlHrXf))]
    [JsonPropertyName(nameof(XGxlHrXf))]
    [JsonProperty(nameof(XGxlHrXf))]
    public bool XGxlHrXf { get; set; }

    /// <summary>Gets or sets the <c>sGWJTAcT</c> field (a boolean).</summary>
    [BsonElement("sGWJTAcT")]
    [JsonPropertyName("sGWJTAcT")]
    [JsonProperty("sGWJTAcT")]
    public bool SGWJTAcT { get; set; }

    /// <summary>Gets or sets the <c>VtzeOlCT</c> field (a string).</summary>
    [BsonElement(nameof(VtzeOlCT))]
    [JsonPropertyName(nameof(VtzeOlCT))]
    [JsonProperty(nameof(VtzeOlCT))]
    public string VtzeOlCT { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>mlfZVfVT</c> field (a double).</summary>
    [BsonElement("mlfZVfVT")]
    [JsonPropertyName("mlfZVfVT")]
    [JsonProperty("mlfZVfVT")]
    public double MlfZVfVT { get; set; }

    /// <summary>Gets or sets the <c>HVHyetUM</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(HVHyetUM))]
    [JsonPropertyName(nameof(HVHyetUM))]
    [JsonProperty(nameof(HVHyetUM))]
    public long HVHyetUM { get; set; }

    /// <summary>Gets or sets the <c>gErhgZTh</c> field (a string).</summary>
    [BsonElement("gErhgZTh")]
    [JsonPropertyName("gErhgZTh")]
    [JsonProperty("gErhgZTh")]
    public string GErhgZTh { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>omnwvBbA</c> field (a 32-bit integer).</summary>
    [BsonElement("omnwvBbA")]
    [JsonPropertyName("omnwvBbA")]
    [JsonProperty("omnwvBbA")]
    public int OmnwvBbA { get; set; }

    /// <summary>Gets or sets the <c>AgSNVyBb</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(AgSNVyBb))]
    [JsonPropertyName(nameof(AgSNVyBb))]
    [JsonProperty(nameof(AgSNVyBb))]
    public long AgSNVyBb { get; set; }

    /// <summary>Gets or sets the <c>CDIGOuIZ</c> field (a double).</summary>
    [BsonElement(nameof(CDIGOuIZ))]
    [JsonPropertyName(nameof(CDIGOuIZ))]
    [JsonProperty(nameof(CDIGOuIZ))]
    public double CDIGOuIZ { get; set; }

    /// <summary>Gets or sets the <c>CFujXoob</c> field (a 32-bit integer).</summary>
    [BsonElement(nameof(CFujXoob))]
    [JsonPropertyName(nameof(CFujXoob))]
    [JsonProperty(nameof(CFujXoob))]
    public int CFujXoob { get; set; }

    /// <summary>Gets or sets the <c>reiKnuza</c> field (a 64-bit integer).</summary>
    [BsonElement("reiKnuza")]
    [JsonPropertyName("reiKnuza")]
    [JsonProperty("reiKnuza")]
    public long ReiKnuza { get; set; }

    /// <summary>Gets or sets the <c>PjKiuWnQ</c> field (a double).</summary>
    [BsonElement(nameof(PjKiuWnQ))]
    [JsonPropertyName(nameof(PjKiuWnQ))]
    [JsonProperty(nameof(PjKiuWnQ))]
    public double PjKiuWnQ { get; set; }

    /// <summary>Gets or sets the <c>pQyCJaEd</c> field (a double).</summary>
    [BsonElement("pQyCJaEd")]
    [JsonPropertyName("pQyCJaEd")]
    [JsonProperty("pQyCJaEd")]
    public double PQyCJaEd { get; set; }

    /// <summary>Gets or sets the <c>xZOksssj</c> field (a 64-bit integer).</summary>
    [BsonElement("xZOksssj")]
    [JsonPropertyName("xZOksssj")]
    [JsonProperty("xZOksssj")]
    public long XZOksssj { get; set; }

    /// <summary>Gets or sets the <c>AMQrGQmu</c> field (a 64-bit integer).</summary>
    [BsonElement(nameof(AMQrGQmu))]
    [JsonPropertyName(nameof(AMQrGQmu))]
    [JsonProperty(nameof(AMQrGQmu))]
    public long AMQrGQmu { get; set; }

    /// <summary>Gets or sets the <c>HQeCoswW</c> field (a double).</summary>
    [BsonElement(nameof(HQeCoswW))]
    [JsonPropertyName(nameof(HQeCoswW))]
    [JsonProperty(nameof(HQeCoswW))]
    public double HQeCoswW { get; set; }

    /// <summary>Gets or sets the <c>pPtPsgRl</c> field (a string).</summary>
    [BsonElement("pPtPsgRl")]
    [JsonPropertyName("pPtPsgRl")]
    [JsonProperty("pPtPsgRl")]
    public string PPtPsgRl { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>_id</c> field (an ObjectId).</summary>
    [BsonElement("_id")]
    [JsonPropertyName("_id")]
    [JsonProperty("_id")]
    public ObjectId Id { get; set; }
}
