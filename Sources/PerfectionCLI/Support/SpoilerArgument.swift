import ArgumentParser
import PerfectionBot

/// A spoiler level on the command line, by name (`--spoilers twist`).
///
/// Its own type, because swift-argument-parser shows a `CaseIterable` raw-value type's
/// default by its raw value, and `SpoilerLevel`'s raw values are numbers.
enum SpoilerArgument: String, CaseIterable, ExpressibleByArgument {
  case none, plot, twist, ending

  /// The engine's level.
  var level: SpoilerLevel {
    switch self {
    case .none: .none
    case .plot: .plot
    case .twist: .twist
    case .ending: .ending
    }
  }

  /// What each level lets through, for help.
  static var allValueDescriptions: [String: String] {
    Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.level.phrase) })
  }
}
