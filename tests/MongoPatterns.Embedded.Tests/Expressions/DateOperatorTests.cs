namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class DateOperatorTests
{
    private const string Sample = "{date: ISODate('2014-01-01T08:15:39.736Z')}";

    [Theory]
    [InlineData("2014", "{$year: '$date'}")]
    [InlineData("1", "{$month: '$date'}")]
    [InlineData("1", "{$dayOfMonth: '$date'}")]
    [InlineData("8", "{$hour: '$date'}")]
    [InlineData("15", "{$minute: '$date'}")]
    [InlineData("39", "{$second: '$date'}")]
    [InlineData("736", "{$millisecond: '$date'}")]
    [InlineData("1", "{$dayOfYear: '$date'}")]
    [InlineData("4", "{$dayOfWeek: '$date'}")]
    [InlineData("0", "{$week: '$date'}")]
    [InlineData("3", "{$isoDayOfWeek: '$date'}")]
    [InlineData("1", "{$isoWeek: '$date'}")]
    [InlineData("2014", "{$isoWeekYear: '$date'}")]
    [InlineData("2014", "{$year: ['$date']}")]
    [InlineData("3", "{$hour: {date: '$date', timezone: 'America/New_York'}}")]
    [InlineData("12", "{$hour: {date: '$date', timezone: '+04:30'}}")]
    [InlineData("45", "{$minute: {date: '$date', timezone: '+0430'}}")]
    [InlineData("2013", "{$year: {date: '$date', timezone: '-09'}}")]
    [InlineData("null", "{$year: '$missing'}")]
    [InlineData("null", "{$year: {date: '$date', timezone: null}}")]
    public void DatePartOperators_ExtractFieldsInTheTimeZone(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression, Sample);

    [Theory]
    [InlineData("53", "{$isoWeek: ISODate('2016-01-01T00:00:00Z')}")]
    [InlineData("2015", "{$isoWeekYear: ISODate('2016-01-01T00:00:00Z')}")]
    [InlineData("5", "{$isoDayOfWeek: ISODate('2016-01-01T00:00:00Z')}")]
    [InlineData("0", "{$week: ISODate('2016-01-01T00:00:00Z')}")]
    [InlineData("1", "{$week: ISODate('2016-01-03T00:00:00Z')}")]
    [InlineData("1", "{$isoWeek: ISODate('2018-12-31T00:00:00Z')}")]
    [InlineData("2019", "{$isoWeekYear: ISODate('2018-12-31T00:00:00Z')}")]
    [InlineData("366", "{$dayOfYear: ISODate('2020-12-31T00:00:00Z')}")]
    [InlineData("2012", "{$year: Timestamp(1350000000, 1)}")]
    [InlineData("2012", "{$year: ObjectId('507f1f77bcf86cd799439011')}")]
    public void DatePartOperators_FollowIsoAndSundayWeekRules(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(16006, "{$year: 'not a date'}")]
    [InlineData(40485, "{$year: {date: '$$NOW', timezone: 'Mars/Olympus'}}")]
    [InlineData(40517, "{$year: {date: '$$NOW', timezone: 5}}")]
    [InlineData(40535, "{$year: {date: '$$NOW', zone: 'UTC'}}")]
    [InlineData(40536, "{$year: ['$$NOW', '$$NOW']}")]
    public void DatePartOperators_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("'2014-01-01'", "{$dateToString: {format: '%Y-%m-%d', date: '$date'}}")]
    [InlineData("'03:15:39:736-0500'", "{$dateToString: {format: '%H:%M:%S:%L%z', date: '$date', timezone: 'America/New_York'}}")]
    [InlineData("'12:45:39:736+0430'", "{$dateToString: {format: '%H:%M:%S:%L%z', date: '$date', timezone: '+04:30'}}")]
    [InlineData("'-300'", "{$dateToString: {format: '%Z', date: '$date', timezone: 'America/New_York'}}")]
    [InlineData("'270'", "{$dateToString: {format: '%Z', date: '$date', timezone: '+04:30'}}")]
    [InlineData("'Jan'", "{$dateToString: {format: '%b', date: '$date', timezone: 'America/New_York'}}")]
    [InlineData("'January'", "{$dateToString: {format: '%B', date: '$date', timezone: '+04:30'}}")]
    [InlineData("'2014-01-01T08:15:39.736Z'", "{$dateToString: {date: '$date'}}")]
    [InlineData("'2014-01-01T03:15:39.736'", "{$dateToString: {date: '$date', timezone: 'America/New_York'}}")]
    [InlineData("'001 4 3 00 01 2014 100%'", "{$dateToString: {format: '%j %w %u %U %V %G 100%%', date: '$date'}}")]
    [InlineData("null", "{$dateToString: {date: '$missing'}}")]
    [InlineData("'no date'", "{$dateToString: {date: '$missing', onNull: 'no date'}}")]
    [InlineData("null", "{$dateToString: {date: '$date', format: null}}")]
    public void DateToString_FormatsLikeTheManual(string expected, string expression) => ExpressionAssert.Equal(expected, expression, Sample);

    [Theory]
    [InlineData(18536, "{$dateToString: {format: '%Q', date: '$$NOW'}}")]
    [InlineData(18535, "{$dateToString: {format: 'abc%', date: '$$NOW'}}")]
    [InlineData(18533, "{$dateToString: {format: 5, date: '$$NOW'}}")]
    [InlineData(18628, "{$dateToString: {format: '%Y'}}")]
    [InlineData(18534, "{$dateToString: {date: '$$NOW', foo: 1}}")]
    [InlineData(16006, "{$dateToString: {date: 'x'}}")]
    public void DateToString_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("ISODate('2017-02-08T12:00:00Z')", "{$dateFromParts: {year: 2017, month: 2, day: 8, hour: 12}}")]
    [InlineData("ISODate('2017-02-08T17:00:00Z')", "{$dateFromParts: {year: 2017, month: 2, day: 8, hour: 12, timezone: 'America/New_York'}}")]
    [InlineData("ISODate('2017-02-08T12:00:00Z')", "{$dateFromParts: {isoWeekYear: 2017, isoWeek: 6, isoDayOfWeek: 3, hour: 12}}")]
    [InlineData("ISODate('2018-02-01T00:00:00Z')", "{$dateFromParts: {year: 2017, month: 14, day: 1}}")]
    [InlineData("ISODate('2016-12-01T00:00:00Z')", "{$dateFromParts: {year: 2017, month: 0}}")]
    [InlineData("ISODate('2017-03-01T00:00:00Z')", "{$dateFromParts: {year: 2017, month: 2, day: 29}}")]
    [InlineData("ISODate('2017-01-01T00:01:40.500Z')", "{$dateFromParts: {year: 2017, second: 100, millisecond: 500}}")]
    [InlineData("null", "{$dateFromParts: {year: 2017, month: null}}")]
    public void DateFromParts_BuildsDatesWithCarry(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(40489, "{$dateFromParts: {year: 2017, isoWeek: 1}}")]
    [InlineData(40516, "{$dateFromParts: {month: 1}}")]
    [InlineData(40515, "{$dateFromParts: {year: 2017, month: 1.5}}")]
    [InlineData(40523, "{$dateFromParts: {year: 10000}}")]
    [InlineData(31034, "{$dateFromParts: {year: 2017, month: 40000}}")]
    [InlineData(40518, "{$dateFromParts: {year: 2017, foo: 1}}")]
    public void DateFromParts_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("{year: 2017, month: 1, day: 1, hour: 1, minute: 29, second: 9, millisecond: 123}", "{$dateToParts: {date: '$d'}}")]
    [InlineData("{isoWeekYear: 2016, isoWeek: 52, isoDayOfWeek: 7, hour: 1, minute: 29, second: 9, millisecond: 123}", "{$dateToParts: {date: '$d', iso8601: true}}")]
    [InlineData("{year: 2016, month: 12, day: 31, hour: 20, minute: 29, second: 9, millisecond: 123}", "{$dateToParts: {date: '$d', timezone: 'America/New_York'}}")]
    [InlineData("null", "{$dateToParts: {date: '$missing'}}")]
    public void DateToParts_SplitsDates(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression, "{d: ISODate('2017-01-01T01:29:09.123Z')}");

    [Theory]
    [InlineData("ISODate('2017-02-08T12:10:40.787Z')", "{$dateFromString: {dateString: '2017-02-08T12:10:40.787'}}")]
    [InlineData("ISODate('2017-02-08T17:10:40.787Z')", "{$dateFromString: {dateString: '2017-02-08T12:10:40.787', timezone: 'America/New_York'}}")]
    [InlineData("ISODate('2017-02-08T00:00:00Z')", "{$dateFromString: {dateString: '2017-02-08'}}")]
    [InlineData("ISODate('2017-02-08T07:10:40.787Z')", "{$dateFromString: {dateString: '2017-02-08T12:10:40.787+0500'}}")]
    [InlineData("ISODate('2017-02-08T12:10:40.000Z')", "{$dateFromString: {dateString: '2017-02-08 12:10:40Z'}}")]
    [InlineData("ISODate('2018-06-15T00:00:00Z')", "{$dateFromString: {dateString: '06-15-2018', format: '%m-%d-%Y'}}")]
    [InlineData("ISODate('2018-06-15T00:00:00Z')", "{$dateFromString: {dateString: '15/06/2018', format: '%d/%m/%Y'}}")]
    [InlineData("ISODate('2018-06-15T10:00:00Z')", "{$dateFromString: {dateString: '15 Jun 2018 10:00', format: '%d %b %Y %H:%M'}}")]
    [InlineData("ISODate('2018-06-15T00:00:00Z')", "{$dateFromString: {dateString: 'June 15, 2018'}}")]
    [InlineData("'bad'", "{$dateFromString: {dateString: 'not a date', onError: 'bad'}}")]
    [InlineData("'bad'", "{$dateFromString: {dateString: 5, onError: 'bad'}}")]
    [InlineData("null", "{$dateFromString: {dateString: null}}")]
    [InlineData("'none'", "{$dateFromString: {dateString: '$missing', onNull: 'none'}}")]
    public void DateFromString_ParsesIsoAndFormattedStrings(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(241, "{$dateFromString: {dateString: 'not a date'}}")]
    [InlineData(241, "{$dateFromString: {dateString: '2018-13-45'}}")]
    [InlineData(40554, "{$dateFromString: {dateString: '2017-02-08T12:10:40Z', timezone: 'Europe/London'}}")]
    [InlineData(40542, "{$dateFromString: {format: '%Y'}}")]
    [InlineData(40541, "{$dateFromString: {dateString: '2017', bad: 1}}")]
    public void DateFromString_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("ISODate('2021-02-28T00:00:00Z')", "{$dateAdd: {startDate: ISODate('2021-01-31T00:00:00Z'), unit: 'month', amount: 1}}")]
    [InlineData("ISODate('2025-02-28T00:00:00Z')", "{$dateAdd: {startDate: ISODate('2024-02-29T00:00:00Z'), unit: 'year', amount: 1}}")]
    [InlineData("ISODate('2021-02-01T00:00:00Z')", "{$dateAdd: {startDate: ISODate('2021-01-31T00:00:00Z'), unit: 'day', amount: 1}}")]
    [InlineData("ISODate('2021-01-31T03:00:00Z')", "{$dateAdd: {startDate: ISODate('2021-01-31T00:00:00Z'), unit: 'hour', amount: 3}}")]
    [InlineData("ISODate('2020-10-31T00:00:00Z')", "{$dateSubtract: {startDate: ISODate('2021-01-31T00:00:00Z'), unit: 'quarter', amount: 1}}")]
    [InlineData("ISODate('2021-01-17T00:00:00Z')", "{$dateSubtract: {startDate: ISODate('2021-01-31T00:00:00Z'), unit: 'week', amount: 2}}")]
    [InlineData("ISODate('2021-03-14T16:00:00Z')", "{$dateAdd: {startDate: ISODate('2021-03-13T17:00:00Z'), unit: 'day', amount: 1, timezone: 'America/New_York'}}")]
    [InlineData("ISODate('2021-03-14T17:00:00Z')", "{$dateAdd: {startDate: ISODate('2021-03-13T17:00:00Z'), unit: 'hour', amount: 24, timezone: 'America/New_York'}}")]
    [InlineData("null", "{$dateAdd: {startDate: null, unit: 'day', amount: 1}}")]
    public void DateAddAndSubtract_DoCalendarArithmetic(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(5166402, "{$dateAdd: {startDate: '$$NOW', unit: 'day'}}")]
    [InlineData(5166403, "{$dateAdd: {startDate: 'x', unit: 'day', amount: 1}}")]
    [InlineData(5166405, "{$dateAdd: {startDate: '$$NOW', unit: 'day', amount: 1.5}}")]
    [InlineData(9, "{$dateAdd: {startDate: '$$NOW', unit: 'fortnight', amount: 1}}")]
    [InlineData(5166401, "{$dateAdd: {startDate: '$$NOW', unit: 'day', amount: 1, x: 1}}")]
    public void DateAdd_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("NumberLong(1)", "{$dateDiff: {startDate: ISODate('2021-01-31T00:00:00Z'), endDate: ISODate('2021-02-01T00:00:00Z'), unit: 'month'}}")]
    [InlineData("NumberLong(1)", "{$dateDiff: {startDate: ISODate('2020-12-31T23:59:59Z'), endDate: ISODate('2021-01-01T00:00:00Z'), unit: 'year'}}")]
    [InlineData("NumberLong(1)", "{$dateDiff: {startDate: ISODate('2021-01-01T23:00:00Z'), endDate: ISODate('2021-01-02T01:00:00Z'), unit: 'day'}}")]
    [InlineData("NumberLong(0)", "{$dateDiff: {startDate: ISODate('2021-01-01T23:00:00Z'), endDate: ISODate('2021-01-02T01:00:00Z'), unit: 'day', timezone: '+03'}}")]
    [InlineData("NumberLong(1)", "{$dateDiff: {startDate: ISODate('2024-03-09T12:00:00Z'), endDate: ISODate('2024-03-10T12:00:00Z'), unit: 'week'}}")]
    [InlineData("NumberLong(0)", "{$dateDiff: {startDate: ISODate('2024-03-09T12:00:00Z'), endDate: ISODate('2024-03-10T12:00:00Z'), unit: 'week', startOfWeek: 'monday'}}")]
    [InlineData("NumberLong(1)", "{$dateDiff: {startDate: ISODate('2024-01-01T01:59:00Z'), endDate: ISODate('2024-01-01T02:01:00Z'), unit: 'hour'}}")]
    [InlineData("NumberLong(-1)", "{$dateDiff: {startDate: ISODate('2024-02-01T00:00:00Z'), endDate: ISODate('2024-01-31T00:00:00Z'), unit: 'month'}}")]
    [InlineData("NumberLong(5)", "{$dateDiff: {startDate: ISODate('2024-01-01T00:00:00.000Z'), endDate: ISODate('2024-01-01T00:00:00.005Z'), unit: 'millisecond'}}")]
    [InlineData("NumberLong(2)", "{$dateDiff: {startDate: ISODate('2024-03-31T00:00:00Z'), endDate: ISODate('2024-07-01T00:00:00Z'), unit: 'quarter'}}")]
    [InlineData("null", "{$dateDiff: {startDate: '$missing', endDate: '$$NOW', unit: 'day'}}")]
    public void DateDiff_CountsBoundariesCrossed(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(5166303, "{$dateDiff: {endDate: '$$NOW', unit: 'day'}}")]
    [InlineData(5166305, "{$dateDiff: {startDate: '$$NOW', endDate: '$$NOW'}}")]
    [InlineData(5166307, "{$dateDiff: {startDate: 1, endDate: '$$NOW', unit: 'day'}}")]
    [InlineData(5439016, "{$dateDiff: {startDate: '$$NOW', endDate: '$$NOW', unit: 'week', startOfWeek: 'funday'}}")]
    public void DateDiff_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("ISODate('2024-03-15T10:00:00Z')", "{$dateTrunc: {date: '$d', unit: 'hour'}}")]
    [InlineData("ISODate('2024-03-15T00:00:00Z')", "{$dateTrunc: {date: '$d', unit: 'day'}}")]
    [InlineData("ISODate('2024-03-01T00:00:00Z')", "{$dateTrunc: {date: '$d', unit: 'month'}}")]
    [InlineData("ISODate('2024-01-01T00:00:00Z')", "{$dateTrunc: {date: '$d', unit: 'quarter'}}")]
    [InlineData("ISODate('2024-01-01T00:00:00Z')", "{$dateTrunc: {date: '$d', unit: 'year'}}")]
    [InlineData("ISODate('2020-01-01T00:00:00Z')", "{$dateTrunc: {date: '$d', unit: 'year', binSize: 5}}")]
    [InlineData("ISODate('2024-03-10T00:00:00Z')", "{$dateTrunc: {date: '$d', unit: 'week'}}")]
    [InlineData("ISODate('2024-03-11T00:00:00Z')", "{$dateTrunc: {date: '$d', unit: 'week', startOfWeek: 'Mon'}}")]
    [InlineData("ISODate('2024-03-15T10:00:00Z')", "{$dateTrunc: {date: '$d', unit: 'hour', binSize: 2}}")]
    [InlineData("ISODate('2024-03-15T10:30:00Z')", "{$dateTrunc: {date: '$d', unit: 'minute', binSize: 15}}")]
    [InlineData("ISODate('2024-03-15T10:30:45.000Z')", "{$dateTrunc: {date: '$d', unit: 'second'}}")]
    [InlineData("ISODate('2024-03-15T04:00:00Z')", "{$dateTrunc: {date: '$d', unit: 'day', timezone: 'America/New_York'}}")]
    [InlineData("null", "{$dateTrunc: {date: '$missing', unit: 'day'}}")]
    public void DateTrunc_TruncatesToBins(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression, "{d: ISODate('2024-03-15T10:30:45.123Z')}");

    [Theory]
    [InlineData("ISODate('2020-05-11T07:00:00Z')", "ISODate('2020-05-18T14:10:30Z')")]
    [InlineData("ISODate('2021-03-15T07:00:00Z')", "ISODate('2021-03-20T11:30:05Z')")]
    [InlineData("ISODate('2021-01-04T08:00:00Z')", "ISODate('2021-01-11T06:31:15Z')")]
    [InlineData("ISODate('2020-02-03T08:00:00Z')", "ISODate('2020-02-08T13:13:40Z')")]
    public void DateTrunc_ManualTwoWeekBinsInLosAngeles_MatchTheManual(string expected, string orderDate) =>
        ExpressionAssert.Equal(
            expected,
            "{$dateTrunc: {date: '$orderDate', unit: 'week', binSize: 2, timezone: 'America/Los_Angeles', startOfWeek: 'Monday'}}",
            "{orderDate: " + orderDate + "}");

    [Theory]
    [InlineData(5439017, "{$dateTrunc: {date: '$$NOW', unit: 'day', binSize: 1.5}}")]
    [InlineData(5439018, "{$dateTrunc: {date: '$$NOW', unit: 'day', binSize: 0}}")]
    [InlineData(5439009, "{$dateTrunc: {unit: 'day'}}")]
    [InlineData(5439010, "{$dateTrunc: {date: '$$NOW'}}")]
    public void DateTrunc_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);
}
