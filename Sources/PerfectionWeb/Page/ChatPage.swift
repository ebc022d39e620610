import Foundation
import PerfectionBot

/// The chat page's HTML: the template in `Assets/index.html` with the session's consent and,
/// after a plain form post (no JavaScript), the exchange filled in.
///
/// Every piece of text is escaped here; nothing a user typed is ever inserted as HTML.
enum ChatPage {
  /// The template, embedded in the binary at build time.
  static let template = String(decoding: PackageResources.index_html, as: UTF8.self)

  /// One question and the bot's reply to it, as a plain form post shows them.
  struct Exchange {
    /// What the user sent, if it was a question (not a consent change).
    var question: String?
    /// The bot's reply.
    var reply: Reply
  }

  /// The page for a session at `consent`, with an exchange to show and the suggestions.
  static func render(consent: SpoilerLevel, exchange: Exchange?, suggestions: [String]) -> String {
    var log = botItem(parts: [(BotWords.webGreeting, nil)])
    if let exchange {
      if let question = exchange.question { log += userItem(question) }
      log += botItem(
        parts: exchange.reply.parts.map { ($0.text, $0.spoiler) },
        awaitingConsent: exchange.reply.awaitingConsent)
    }
    return
      template
      .replacingFirst("<!--consent-now-->", with: escape(consent.name))
      .replacingFirst("<!--consent-options-->", with: options(selected: consent))
      .replacingFirst("<!--reveal-labels-->", with: revealLabels)
      .replacingFirst("<!--log-->", with: log)
      .replacingFirst("<!--chips-->", with: chips(suggestions))
  }

  /// Text made safe to put between tags or inside a quoted attribute.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(character)
      }
    }
    return escaped
  }

  private static func options(selected: SpoilerLevel) -> String {
    SpoilerLevel.allCases.map { level in
      let mark = level == selected ? " selected" : ""
      return "<option value=\"\(level.name)\"\(mark)>\(escape(level.name))</option>"
    }.joined()
  }

  /// The reveal labels as data attributes, so the script words them as the server does.
  private static var revealLabels: String {
    SpoilerLevel.allCases.map {
      "data-reveal-\($0.name)=\"\(escape(BotWords.revealLabel($0)))\""
    }.joined(separator: " ")
  }

  private static func userItem(_ text: String) -> String {
    "<li class=\"msg user\"><span class=\"who\">You</span><p>\(escape(text))</p></li>"
  }

  private static func botItem(
    parts: [(text: String, spoiler: SpoilerLevel?)], awaitingConsent: Bool = false
  ) -> String {
    var html = "<li class=\"msg bot\"><span class=\"who\">Bot</span>"
    for part in parts {
      if let level = part.spoiler, level > .none {
        html +=
          "<details class=\"spoiler\" data-level=\"\(level.name)\"><summary>"
          + "\(escape(BotWords.revealLabel(level)))</summary><p>\(escape(part.text))</p></details>"
      } else {
        html += "<p>\(escape(part.text))</p>"
      }
    }
    if awaitingConsent {
      html +=
        "<form method=\"post\" action=\"/\" class=\"choices\">"
        + "<button type=\"submit\" name=\"text\" value=\"yes\">Yes</button>"
        + "<button type=\"submit\" name=\"text\" value=\"no\">No</button></form>"
    }
    return html + "</li>"
  }

  private static func chips(_ suggestions: [String]) -> String {
    guard !suggestions.isEmpty else { return "" }
    let buttons = suggestions.map {
      "<button type=\"submit\" class=\"chip\" name=\"text\" value=\"\(escape($0))\">"
        + "\(escape($0))</button>"
    }
    return "<form method=\"post\" action=\"/\" class=\"chips-form\">" + buttons.joined()
      + "</form>"
  }
}

extension String {
  /// The string with the first `marker` replaced; unchanged when there is none.
  fileprivate func replacingFirst(_ marker: String, with text: String) -> String {
    guard let range = range(of: marker) else { return self }
    return replacingCharacters(in: range, with: text)
  }
}
