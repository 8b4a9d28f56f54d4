using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Benchmarks.Odm.Models;

/// <summary>
/// The ODM benchmark's large flat model (<c>odm/flat-models/large_doc.json</c>): 125 string fields, 125 integer fields
/// and one binary image field, plus the generated <c>_id</c>.
/// </summary>
/// <remarks>Generated from the data file's field names and types; regenerate if the data file changes.</remarks>
public sealed class LargeFlatModel : IOdmModel
{
    /// <inheritdoc/>
    [BsonId]
    public ObjectId Id { get; set; }

    /// <summary>Gets or sets the <c>field1</c> field (a string).</summary>
    [BsonElement("field1")]
    public string Field1 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field2</c> field (a string).</summary>
    [BsonElement("field2")]
    public string Field2 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field3</c> field (a string).</summary>
    [BsonElement("field3")]
    public string Field3 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field4</c> field (a string).</summary>
    [BsonElement("field4")]
    public string Field4 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field5</c> field (a string).</summary>
    [BsonElement("field5")]
    public string Field5 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field6</c> field (a string).</summary>
    [BsonElement("field6")]
    public string Field6 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field7</c> field (a string).</summary>
    [BsonElement("field7")]
    public string Field7 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field8</c> field (a string).</summary>
    [BsonElement("field8")]
    public string Field8 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field9</c> field (a string).</summary>
    [BsonElement("field9")]
    public string Field9 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field10</c> field (a string).</summary>
    [BsonElement("field10")]
    public string Field10 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field11</c> field (a string).</summary>
    [BsonElement("field11")]
    public string Field11 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field12</c> field (a string).</summary>
    [BsonElement("field12")]
    public string Field12 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field13</c> field (a string).</summary>
    [BsonElement("field13")]
    public string Field13 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field14</c> field (a string).</summary>
    [BsonElement("field14")]
    public string Field14 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field15</c> field (a string).</summary>
    [BsonElement("field15")]
    public string Field15 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field16</c> field (a string).</summary>
    [BsonElement("field16")]
    public string Field16 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field17</c> field (a string).</summary>
    [BsonElement("field17")]
    public string Field17 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field18</c> field (a string).</summary>
    [BsonElement("field18")]
    public string Field18 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field19</c> field (a string).</summary>
    [BsonElement("field19")]
    public string Field19 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field20</c> field (a string).</summary>
    [BsonElement("field20")]
    public string Field20 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field21</c> field (a string).</summary>
    [BsonElement("field21")]
    public string Field21 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field22</c> field (a string).</summary>
    [BsonElement("field22")]
    public string Field22 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field23</c> field (a string).</summary>
    [BsonElement("field23")]
    public string Field23 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field24</c> field (a string).</summary>
    [BsonElement("field24")]
    public string Field24 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field25</c> field (a string).</summary>
    [BsonElement("field25")]
    public string Field25 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field26</c> field (a string).</summary>
    [BsonElement("field26")]
    public string Field26 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field27</c> field (a string).</summary>
    [BsonElement("field27")]
    public string Field27 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field28</c> field (a string).</summary>
    [BsonElement("field28")]
    public string Field28 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field29</c> field (a string).</summary>
    [BsonElement("field29")]
    public string Field29 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field30</c> field (a string).</summary>
    [BsonElement("field30")]
    public string Field30 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field31</c> field (a string).</summary>
    [BsonElement("field31")]
    public string Field31 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field32</c> field (a string).</summary>
    [BsonElement("field32")]
    public string Field32 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field33</c> field (a string).</summary>
    [BsonElement("field33")]
    public string Field33 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field34</c> field (a string).</summary>
    [BsonElement("field34")]
    public string Field34 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field35</c> field (a string).</summary>
    [BsonElement("field35")]
    public string Field35 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field36</c> field (a string).</summary>
    [BsonElement("field36")]
    public string Field36 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field37</c> field (a string).</summary>
    [BsonElement("field37")]
    public string Field37 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field38</c> field (a string).</summary>
    [BsonElement("field38")]
    public string Field38 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field39</c> field (a string).</summary>
    [BsonElement("field39")]
    public string Field39 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field40</c> field (a string).</summary>
    [BsonElement("field40")]
    public string Field40 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field41</c> field (a string).</summary>
    [BsonElement("field41")]
    public string Field41 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field42</c> field (a string).</summary>
    [BsonElement("field42")]
    public string Field42 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field43</c> field (a string).</summary>
    [BsonElement("field43")]
    public string Field43 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field44</c> field (a string).</summary>
    [BsonElement("field44")]
    public string Field44 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field45</c> field (a string).</summary>
    [BsonElement("field45")]
    public string Field45 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field46</c> field (a string).</summary>
    [BsonElement("field46")]
    public string Field46 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field47</c> field (a string).</summary>
    [BsonElement("field47")]
    public string Field47 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field48</c> field (a string).</summary>
    [BsonElement("field48")]
    public string Field48 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field49</c> field (a string).</summary>
    [BsonElement("field49")]
    public string Field49 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field50</c> field (a string).</summary>
    [BsonElement("field50")]
    public string Field50 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field51</c> field (a string).</summary>
    [BsonElement("field51")]
    public string Field51 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field52</c> field (a string).</summary>
    [BsonElement("field52")]
    public string Field52 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field53</c> field (a string).</summary>
    [BsonElement("field53")]
    public string Field53 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field54</c> field (a string).</summary>
    [BsonElement("field54")]
    public string Field54 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field55</c> field (a string).</summary>
    [BsonElement("field55")]
    public string Field55 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field56</c> field (a string).</summary>
    [BsonElement("field56")]
    public string Field56 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field57</c> field (a string).</summary>
    [BsonElement("field57")]
    public string Field57 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field58</c> field (a string).</summary>
    [BsonElement("field58")]
    public string Field58 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field59</c> field (a string).</summary>
    [BsonElement("field59")]
    public string Field59 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field60</c> field (a string).</summary>
    [BsonElement("field60")]
    public string Field60 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field61</c> field (a string).</summary>
    [BsonElement("field61")]
    public string Field61 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field62</c> field (a string).</summary>
    [BsonElement("field62")]
    public string Field62 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field63</c> field (a string).</summary>
    [BsonElement("field63")]
    public string Field63 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field64</c> field (a string).</summary>
    [BsonElement("field64")]
    public string Field64 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field65</c> field (a string).</summary>
    [BsonElement("field65")]
    public string Field65 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field66</c> field (a string).</summary>
    [BsonElement("field66")]
    public string Field66 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field67</c> field (a string).</summary>
    [BsonElement("field67")]
    public string Field67 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field68</c> field (a string).</summary>
    [BsonElement("field68")]
    public string Field68 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field69</c> field (a string).</summary>
    [BsonElement("field69")]
    public string Field69 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field70</c> field (a string).</summary>
    [BsonElement("field70")]
    public string Field70 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field71</c> field (a string).</summary>
    [BsonElement("field71")]
    public string Field71 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field72</c> field (a string).</summary>
    [BsonElement("field72")]
    public string Field72 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field73</c> field (a string).</summary>
    [BsonElement("field73")]
    public string Field73 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field74</c> field (a string).</summary>
    [BsonElement("field74")]
    public string Field74 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field75</c> field (a string).</summary>
    [BsonElement("field75")]
    public string Field75 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field76</c> field (a string).</summary>
    [BsonElement("field76")]
    public string Field76 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field77</c> field (a string).</summary>
    [BsonElement("field77")]
    public string Field77 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field78</c> field (a string).</summary>
    [BsonElement("field78")]
    public string Field78 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field79</c> field (a string).</summary>
    [BsonElement("field79")]
    public string Field79 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field80</c> field (a string).</summary>
    [BsonElement("field80")]
    public string Field80 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field81</c> field (a string).</summary>
    [BsonElement("field81")]
    public string Field81 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field82</c> field (a string).</summary>
    [BsonElement("field82")]
    public string Field82 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field83</c> field (a string).</summary>
    [BsonElement("field83")]
    public string Field83 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field84</c> field (a string).</summary>
    [BsonElement("field84")]
    public string Field84 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field85</c> field (a string).</summary>
    [BsonElement("field85")]
    public string Field85 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field86</c> field (a string).</summary>
    [BsonElement("field86")]
    public string Field86 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field87</c> field (a string).</summary>
    [BsonElement("field87")]
    public string Field87 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field88</c> field (a string).</summary>
    [BsonElement("field88")]
    public string Field88 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field89</c> field (a string).</summary>
    [BsonElement("field89")]
    public string Field89 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field90</c> field (a string).</summary>
    [BsonElement("field90")]
    public string Field90 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field91</c> field (a string).</summary>
    [BsonElement("field91")]
    public string Field91 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field92</c> field (a string).</summary>
    [BsonElement("field92")]
    public string Field92 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field93</c> field (a string).</summary>
    [BsonElement("field93")]
    public string Field93 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field94</c> field (a string).</summary>
    [BsonElement("field94")]
    public string Field94 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field95</c> field (a string).</summary>
    [BsonElement("field95")]
    public string Field95 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field96</c> field (a string).</summary>
    [BsonElement("field96")]
    public string Field96 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field97</c> field (a string).</summary>
    [BsonElement("field97")]
    public string Field97 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field98</c> field (a string).</summary>
    [BsonElement("field98")]
    public string Field98 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field99</c> field (a string).</summary>
    [BsonElement("field99")]
    public string Field99 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field100</c> field (a string).</summary>
    [BsonElement("field100")]
    public string Field100 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field101</c> field (a string).</summary>
    [BsonElement("field101")]
    public string Field101 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field102</c> field (a string).</summary>
    [BsonElement("field102")]
    public string Field102 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field103</c> field (a string).</summary>
    [BsonElement("field103")]
    public string Field103 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field104</c> field (a string).</summary>
    [BsonElement("field104")]
    public string Field104 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field105</c> field (a string).</summary>
    [BsonElement("field105")]
    public string Field105 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field106</c> field (a string).</summary>
    [BsonElement("field106")]
    public string Field106 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field107</c> field (a string).</summary>
    [BsonElement("field107")]
    public string Field107 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field108</c> field (a string).</summary>
    [BsonElement("field108")]
    public string Field108 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field109</c> field (a string).</summary>
    [BsonElement("field109")]
    public string Field109 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field110</c> field (a string).</summary>
    [BsonElement("field110")]
    public string Field110 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field111</c> field (a string).</summary>
    [BsonElement("field111")]
    public string Field111 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field112</c> field (a string).</summary>
    [BsonElement("field112")]
    public string Field112 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field113</c> field (a string).</summary>
    [BsonElement("field113")]
    public string Field113 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field114</c> field (a string).</summary>
    [BsonElement("field114")]
    public string Field114 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field115</c> field (a string).</summary>
    [BsonElement("field115")]
    public string Field115 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field116</c> field (a string).</summary>
    [BsonElement("field116")]
    public string Field116 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field117</c> field (a string).</summary>
    [BsonElement("field117")]
    public string Field117 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field118</c> field (a string).</summary>
    [BsonElement("field118")]
    public string Field118 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field119</c> field (a string).</summary>
    [BsonElement("field119")]
    public string Field119 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field120</c> field (a string).</summary>
    [BsonElement("field120")]
    public string Field120 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field121</c> field (a string).</summary>
    [BsonElement("field121")]
    public string Field121 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field122</c> field (a string).</summary>
    [BsonElement("field122")]
    public string Field122 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field123</c> field (a string).</summary>
    [BsonElement("field123")]
    public string Field123 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field124</c> field (a string).</summary>
    [BsonElement("field124")]
    public string Field124 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field125</c> field (a string).</summary>
    [BsonElement("field125")]
    public string Field125 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field126</c> field (an integer).</summary>
    [BsonElement("field126")]
    public int Field126 { get; set; }

    /// <summary>Gets or sets the <c>field127</c> field (an integer).</summary>
    [BsonElement("field127")]
    public int Field127 { get; set; }

    /// <summary>Gets or sets the <c>field128</c> field (an integer).</summary>
    [BsonElement("field128")]
    public int Field128 { get; set; }

    /// <summary>Gets or sets the <c>field129</c> field (an integer).</summary>
    [BsonElement("field129")]
    public int Field129 { get; set; }

    /// <summary>Gets or sets the <c>field130</c> field (an integer).</summary>
    [BsonElement("field130")]
    public int Field130 { get; set; }

    /// <summary>Gets or sets the <c>field131</c> field (an integer).</summary>
    [BsonElement("field131")]
    public int Field131 { get; set; }

    /// <summary>Gets or sets the <c>field132</c> field (an integer).</summary>
    [BsonElement("field132")]
    public int Field132 { get; set; }

    /// <summary>Gets or sets the <c>field133</c> field (an integer).</summary>
    [BsonElement("field133")]
    public int Field133 { get; set; }

    /// <summary>Gets or sets the <c>field134</c> field (an integer).</summary>
    [BsonElement("field134")]
    public int Field134 { get; set; }

    /// <summary>Gets or sets the <c>field135</c> field (an integer).</summary>
    [BsonElement("field135")]
    public int Field135 { get; set; }

    /// <summary>Gets or sets the <c>field136</c> field (an integer).</summary>
    [BsonElement("field136")]
    public int Field136 { get; set; }

    /// <summary>Gets or sets the <c>field137</c> field (an integer).</summary>
    [BsonElement("field137")]
    public int Field137 { get; set; }

    /// <summary>Gets or sets the <c>field138</c> field (an integer).</summary>
    [BsonElement("field138")]
    public int Field138 { get; set; }

    /// <summary>Gets or sets the <c>field139</c> field (an integer).</summary>
    [BsonElement("field139")]
    public int Field139 { get; set; }

    /// <summary>Gets or sets the <c>field140</c> field (an integer).</summary>
    [BsonElement("field140")]
    public int Field140 { get; set; }

    /// <summary>Gets or sets the <c>field141</c> field (an integer).</summary>
    [BsonElement("field141")]
    public int Field141 { get; set; }

    /// <summary>Gets or sets the <c>field142</c> field (an integer).</summary>
    [BsonElement("field142")]
    public int Field142 { get; set; }

    /// <summary>Gets or sets the <c>field143</c> field (an integer).</summary>
    [BsonElement("field143")]
    public int Field143 { get; set; }

    /// <summary>Gets or sets the <c>field144</c> field (an integer).</summary>
    [BsonElement("field144")]
    public int Field144 { get; set; }

    /// <summary>Gets or sets the <c>field145</c> field (an integer).</summary>
    [BsonElement("field145")]
    public int Field145 { get; set; }

    /// <summary>Gets or sets the <c>field146</c> field (an integer).</summary>
    [BsonElement("field146")]
    public int Field146 { get; set; }

    /// <summary>Gets or sets the <c>field147</c> field (an integer).</summary>
    [BsonElement("field147")]
    public int Field147 { get; set; }

    /// <summary>Gets or sets the <c>field148</c> field (an integer).</summary>
    [BsonElement("field148")]
    public int Field148 { get; set; }

    /// <summary>Gets or sets the <c>field149</c> field (an integer).</summary>
    [BsonElement("field149")]
    public int Field149 { get; set; }

    /// <summary>Gets or sets the <c>field150</c> field (an integer).</summary>
    [BsonElement("field150")]
    public int Field150 { get; set; }

    /// <summary>Gets or sets the <c>field151</c> field (an integer).</summary>
    [BsonElement("field151")]
    public int Field151 { get; set; }

    /// <summary>Gets or sets the <c>field152</c> field (an integer).</summary>
    [BsonElement("field152")]
    public int Field152 { get; set; }

    /// <summary>Gets or sets the <c>field153</c> field (an integer).</summary>
    [BsonElement("field153")]
    public int Field153 { get; set; }

    /// <summary>Gets or sets the <c>field154</c> field (an integer).</summary>
    [BsonElement("field154")]
    public int Field154 { get; set; }

    /// <summary>Gets or sets the <c>field155</c> field (an integer).</summary>
    [BsonElement("field155")]
    public int Field155 { get; set; }

    /// <summary>Gets or sets the <c>field156</c> field (an integer).</summary>
    [BsonElement("field156")]
    public int Field156 { get; set; }

    /// <summary>Gets or sets the <c>field157</c> field (an integer).</summary>
    [BsonElement("field157")]
    public int Field157 { get; set; }

    /// <summary>Gets or sets the <c>field158</c> field (an integer).</summary>
    [BsonElement("field158")]
    public int Field158 { get; set; }

    /// <summary>Gets or sets the <c>field159</c> field (an integer).</summary>
    [BsonElement("field159")]
    public int Field159 { get; set; }

    /// <summary>Gets or sets the <c>field160</c> field (an integer).</summary>
    [BsonElement("field160")]
    public int Field160 { get; set; }

    /// <summary>Gets or sets the <c>field161</c> field (an integer).</summary>
    [BsonElement("field161")]
    public int Field161 { get; set; }

    /// <summary>Gets or sets the <c>field162</c> field (an integer).</summary>
    [BsonElement("field162")]
    public int Field162 { get; set; }

    /// <summary>Gets or sets the <c>field163</c> field (an integer).</summary>
    [BsonElement("field163")]
    public int Field163 { get; set; }

    /// <summary>Gets or sets the <c>field164</c> field (an integer).</summary>
    [BsonElement("field164")]
    public int Field164 { get; set; }

    /// <summary>Gets or sets the <c>field165</c> field (an integer).</summary>
    [BsonElement("field165")]
    public int Field165 { get; set; }

    /// <summary>Gets or sets the <c>field166</c> field (an integer).</summary>
    [BsonElement("field166")]
    public int Field166 { get; set; }

    /// <summary>Gets or sets the <c>field167</c> field (an integer).</summary>
    [BsonElement("field167")]
    public int Field167 { get; set; }

    /// <summary>Gets or sets the <c>field168</c> field (an integer).</summary>
    [BsonElement("field168")]
    public int Field168 { get; set; }

    /// <summary>Gets or sets the <c>field169</c> field (an integer).</summary>
    [BsonElement("field169")]
    public int Field169 { get; set; }

    /// <summary>Gets or sets the <c>field170</c> field (an integer).</summary>
    [BsonElement("field170")]
    public int Field170 { get; set; }

    /// <summary>Gets or sets the <c>field171</c> field (an integer).</summary>
    [BsonElement("field171")]
    public int Field171 { get; set; }

    /// <summary>Gets or sets the <c>field172</c> field (an integer).</summary>
    [BsonElement("field172")]
    public int Field172 { get; set; }

    /// <summary>Gets or sets the <c>field173</c> field (an integer).</summary>
    [BsonElement("field173")]
    public int Field173 { get; set; }

    /// <summary>Gets or sets the <c>field174</c> field (an integer).</summary>
    [BsonElement("field174")]
    public int Field174 { get; set; }

    /// <summary>Gets or sets the <c>field175</c> field (an integer).</summary>
    [BsonElement("field175")]
    public int Field175 { get; set; }

    /// <summary>Gets or sets the <c>field176</c> field (an integer).</summary>
    [BsonElement("field176")]
    public int Field176 { get; set; }

    /// <summary>Gets or sets the <c>field177</c> field (an integer).</summary>
    [BsonElement("field177")]
    public int Field177 { get; set; }

    /// <summary>Gets or sets the <c>field178</c> field (an integer).</summary>
    [BsonElement("field178")]
    public int Field178 { get; set; }

    /// <summary>Gets or sets the <c>field179</c> field (an integer).</summary>
    [BsonElement("field179")]
    public int Field179 { get; set; }

    /// <summary>Gets or sets the <c>field180</c> field (an integer).</summary>
    [BsonElement("field180")]
    public int Field180 { get; set; }

    /// <summary>Gets or sets the <c>field181</c> field (an integer).</summary>
    [BsonElement("field181")]
    public int Field181 { get; set; }

    /// <summary>Gets or sets the <c>field182</c> field (an integer).</summary>
    [BsonElement("field182")]
    public int Field182 { get; set; }

    /// <summary>Gets or sets the <c>field183</c> field (an integer).</summary>
    [BsonElement("field183")]
    public int Field183 { get; set; }

    /// <summary>Gets or sets the <c>field184</c> field (an integer).</summary>
    [BsonElement("field184")]
    public int Field184 { get; set; }

    /// <summary>Gets or sets the <c>field185</c> field (an integer).</summary>
    [BsonElement("field185")]
    public int Field185 { get; set; }

    /// <summary>Gets or sets the <c>field186</c> field (an integer).</summary>
    [BsonElement("field186")]
    public int Field186 { get; set; }

    /// <summary>Gets or sets the <c>field187</c> field (an integer).</summary>
    [BsonElement("field187")]
    public int Field187 { get; set; }

    /// <summary>Gets or sets the <c>field188</c> field (an integer).</summary>
    [BsonElement("field188")]
    public int Field188 { get; set; }

    /// <summary>Gets or sets the <c>field189</c> field (an integer).</summary>
    [BsonElement("field189")]
    public int Field189 { get; set; }

    /// <summary>Gets or sets the <c>field190</c> field (an integer).</summary>
    [BsonElement("field190")]
    public int Field190 { get; set; }

    /// <summary>Gets or sets the <c>field191</c> field (an integer).</summary>
    [BsonElement("field191")]
    public int Field191 { get; set; }

    /// <summary>Gets or sets the <c>field192</c> field (an integer).</summary>
    [BsonElement("field192")]
    public int Field192 { get; set; }

    /// <summary>Gets or sets the <c>field193</c> field (an integer).</summary>
    [BsonElement("field193")]
    public int Field193 { get; set; }

    /// <summary>Gets or sets the <c>field194</c> field (an integer).</summary>
    [BsonElement("field194")]
    public int Field194 { get; set; }

    /// <summary>Gets or sets the <c>field195</c> field (an integer).</summary>
    [BsonElement("field195")]
    public int Field195 { get; set; }

    /// <summary>Gets or sets the <c>field196</c> field (an integer).</summary>
    [BsonElement("field196")]
    public int Field196 { get; set; }

    /// <summary>Gets or sets the <c>field197</c> field (an integer).</summary>
    [BsonElement("field197")]
    public int Field197 { get; set; }

    /// <summary>Gets or sets the <c>field198</c> field (an integer).</summary>
    [BsonElement("field198")]
    public int Field198 { get; set; }

    /// <summary>Gets or sets the <c>field199</c> field (an integer).</summary>
    [BsonElement("field199")]
    public int Field199 { get; set; }

    /// <summary>Gets or sets the <c>field200</c> field (an integer).</summary>
    [BsonElement("field200")]
    public int Field200 { get; set; }

    /// <summary>Gets or sets the <c>field201</c> field (an integer).</summary>
    [BsonElement("field201")]
    public int Field201 { get; set; }

    /// <summary>Gets or sets the <c>field202</c> field (an integer).</summary>
    [BsonElement("field202")]
    public int Field202 { get; set; }

    /// <summary>Gets or sets the <c>field203</c> field (an integer).</summary>
    [BsonElement("field203")]
    public int Field203 { get; set; }

    /// <summary>Gets or sets the <c>field204</c> field (an integer).</summary>
    [BsonElement("field204")]
    public int Field204 { get; set; }

    /// <summary>Gets or sets the <c>field205</c> field (an integer).</summary>
    [BsonElement("field205")]
    public int Field205 { get; set; }

    /// <summary>Gets or sets the <c>field206</c> field (an integer).</summary>
    [BsonElement("field206")]
    public int Field206 { get; set; }

    /// <summary>Gets or sets the <c>field207</c> field (an integer).</summary>
    [BsonElement("field207")]
    public int Field207 { get; set; }

    /// <summary>Gets or sets the <c>field208</c> field (an integer).</summary>
    [BsonElement("field208")]
    public int Field208 { get; set; }

    /// <summary>Gets or sets the <c>field209</c> field (an integer).</summary>
    [BsonElement("field209")]
    public int Field209 { get; set; }

    /// <summary>Gets or sets the <c>field210</c> field (an integer).</summary>
    [BsonElement("field210")]
    public int Field210 { get; set; }

    /// <summary>Gets or sets the <c>field211</c> field (an integer).</summary>
    [BsonElement("field211")]
    public int Field211 { get; set; }

    /// <summary>Gets or sets the <c>field212</c> field (an integer).</summary>
    [BsonElement("field212")]
    public int Field212 { get; set; }

    /// <summary>Gets or sets the <c>field213</c> field (an integer).</summary>
    [BsonElement("field213")]
    public int Field213 { get; set; }

    /// <summary>Gets or sets the <c>field214</c> field (an integer).</summary>
    [BsonElement("field214")]
    public int Field214 { get; set; }

    /// <summary>Gets or sets the <c>field215</c> field (an integer).</summary>
    [BsonElement("field215")]
    public int Field215 { get; set; }

    /// <summary>Gets or sets the <c>field216</c> field (an integer).</summary>
    [BsonElement("field216")]
    public int Field216 { get; set; }

    /// <summary>Gets or sets the <c>field217</c> field (an integer).</summary>
    [BsonElement("field217")]
    public int Field217 { get; set; }

    /// <summary>Gets or sets the <c>field218</c> field (an integer).</summary>
    [BsonElement("field218")]
    public int Field218 { get; set; }

    /// <summary>Gets or sets the <c>field219</c> field (an integer).</summary>
    [BsonElement("field219")]
    public int Field219 { get; set; }

    /// <summary>Gets or sets the <c>field220</c> field (an integer).</summary>
    [BsonElement("field220")]
    public int Field220 { get; set; }

    /// <summary>Gets or sets the <c>field221</c> field (an integer).</summary>
    [BsonElement("field221")]
    public int Field221 { get; set; }

    /// <summary>Gets or sets the <c>field222</c> field (an integer).</summary>
    [BsonElement("field222")]
    public int Field222 { get; set; }

    /// <summary>Gets or sets the <c>field223</c> field (an integer).</summary>
    [BsonElement("field223")]
    public int Field223 { get; set; }

    /// <summary>Gets or sets the <c>field224</c> field (an integer).</summary>
    [BsonElement("field224")]
    public int Field224 { get; set; }

    /// <summary>Gets or sets the <c>field225</c> field (an integer).</summary>
    [BsonElement("field225")]
    public int Field225 { get; set; }

    /// <summary>Gets or sets the <c>field226</c> field (an integer).</summary>
    [BsonElement("field226")]
    public int Field226 { get; set; }

    /// <summary>Gets or sets the <c>field227</c> field (an integer).</summary>
    [BsonElement("field227")]
    public int Field227 { get; set; }

    /// <summary>Gets or sets the <c>field228</c> field (an integer).</summary>
    [BsonElement("field228")]
    public int Field228 { get; set; }

    /// <summary>Gets or sets the <c>field229</c> field (an integer).</summary>
    [BsonElement("field229")]
    public int Field229 { get; set; }

    /// <summary>Gets or sets the <c>field230</c> field (an integer).</summary>
    [BsonElement("field230")]
    public int Field230 { get; set; }

    /// <summary>Gets or sets the <c>field231</c> field (an integer).</summary>
    [BsonElement("field231")]
    public int Field231 { get; set; }

    /// <summary>Gets or sets the <c>field232</c> field (an integer).</summary>
    [BsonElement("field232")]
    public int Field232 { get; set; }

    /// <summary>Gets or sets the <c>field233</c> field (an integer).</summary>
    [BsonElement("field233")]
    public int Field233 { get; set; }

    /// <summary>Gets or sets the <c>field234</c> field (an integer).</summary>
    [BsonElement("field234")]
    public int Field234 { get; set; }

    /// <summary>Gets or sets the <c>field235</c> field (an integer).</summary>
    [BsonElement("field235")]
    public int Field235 { get; set; }

    /// <summary>Gets or sets the <c>field236</c> field (an integer).</summary>
    [BsonElement("field236")]
    public int Field236 { get; set; }

    /// <summary>Gets or sets the <c>field237</c> field (an integer).</summary>
    [BsonElement("field237")]
    public int Field237 { get; set; }

    /// <summary>Gets or sets the <c>field238</c> field (an integer).</summary>
    [BsonElement("field238")]
    public int Field238 { get; set; }

    /// <summary>Gets or sets the <c>field239</c> field (an integer).</summary>
    [BsonElement("field239")]
    public int Field239 { get; set; }

    /// <summary>Gets or sets the <c>field240</c> field (an integer).</summary>
    [BsonElement("field240")]
    public int Field240 { get; set; }

    /// <summary>Gets or sets the <c>field241</c> field (an integer).</summary>
    [BsonElement("field241")]
    public int Field241 { get; set; }

    /// <summary>Gets or sets the <c>field242</c> field (an integer).</summary>
    [BsonElement("field242")]
    public int Field242 { get; set; }

    /// <summary>Gets or sets the <c>field243</c> field (an integer).</summary>
    [BsonElement("field243")]
    public int Field243 { get; set; }

    /// <summary>Gets or sets the <c>field244</c> field (an integer).</summary>
    [BsonElement("field244")]
    public int Field244 { get; set; }

    /// <summary>Gets or sets the <c>field245</c> field (an integer).</summary>
    [BsonElement("field245")]
    public int Field245 { get; set; }

    /// <summary>Gets or sets the <c>field246</c> field (an integer).</summary>
    [BsonElement("field246")]
    public int Field246 { get; set; }

    /// <summary>Gets or sets the <c>field247</c> field (an integer).</summary>
    [BsonElement("field247")]
    public int Field247 { get; set; }

    /// <summary>Gets or sets the <c>field248</c> field (an integer).</summary>
    [BsonElement("field248")]
    public int Field248 { get; set; }

    /// <summary>Gets or sets the <c>field249</c> field (an integer).</summary>
    [BsonElement("field249")]
    public int Field249 { get; set; }

    /// <summary>Gets or sets the <c>field250</c> field (an integer).</summary>
    [BsonElement("field250")]
    public int Field250 { get; set; }

    /// <summary>Gets or sets the <c>image_field</c> field (binary data).</summary>
    [BsonElement("image_field")]
    public byte[] ImageField { get; set; } = [];
}
