/// How units are scored (考核办法): indicator weights, deductions, the floor and the small-sample rule.
///
/// The defaults follow published 12345 practice: response rate 30%, resolution rate 35%, satisfaction rate
/// 35%; each escalation deducts its tier's points, each reopened case a point; scores never fall below 0;
/// a unit with fewer than 10 cases is listed but not ranked.
public struct AssessmentRules: Hashable, Sendable {
    /// Weight of the response rate (accepted on time / dispatched), in percent.
    public var responseWeight: Int
    /// Weight of the resolution rate (resolved on time / (resolved + open and overdue)), in percent.
    public var resolutionWeight: Int
    /// Weight of the satisfaction rate ((satisfied + basically satisfied) / surveyed), in percent.
    public var satisfactionWeight: Int
    /// Points deducted per escalation of each tier (an escalation whose sign-off was rejected deducts
    /// nothing); a tier not listed deducts nothing.
    public var tierDeductions: [TierName: AssessmentPoints]
    /// Points deducted per reopened case.
    public var reopenDeduction: AssessmentPoints
    /// Points deducted per sign-off that passed up a level unsigned.
    public var signoffEscalatedDeduction: AssessmentPoints
    /// The lowest score a unit can get.
    public var floor: AssessmentPoints
    /// Units that received fewer cases are flagged and not ranked.
    public var minimumCases: Int

    /// Rules with every value given.
    public init(
        responseWeight: Int, resolutionWeight: Int, satisfactionWeight: Int, tierDeductions: [TierName: AssessmentPoints],
        reopenDeduction: AssessmentPoints, signoffEscalatedDeduction: AssessmentPoints, floor: AssessmentPoints, minimumCases: Int
    ) {
        self.responseWeight = responseWeight
        self.resolutionWeight = resolutionWeight
        self.satisfactionWeight = satisfactionWeight
        self.tierDeductions = tierDeductions
        self.reopenDeduction = reopenDeduction
        self.signoffEscalatedDeduction = signoffEscalatedDeduction
        self.floor = floor
        self.minimumCases = minimumCases
    }

    /// The published defaults: 30 / 35 / 35; warning 0, overdue 1, urge 2, leadership 5, notice 5 points;
    /// 1 point per reopened case and per sign-off passed up; floor 0; at least 10 cases to be ranked.
    public static let standard = AssessmentRules(
        responseWeight: 30, resolutionWeight: 35, satisfactionWeight: 35,
        tierDeductions: [
            .warning: AssessmentPoints(hundredths: 0), .overdue: AssessmentPoints(hundredths: 100),
            .urge: AssessmentPoints(hundredths: 200), .leadership: AssessmentPoints(hundredths: 500),
            .notice: AssessmentPoints(hundredths: 500),
        ],
        reopenDeduction: AssessmentPoints(hundredths: 100), signoffEscalatedDeduction: AssessmentPoints(hundredths: 100),
        floor: AssessmentPoints(hundredths: 0), minimumCases: 10
    )
}
