/// The shape of Rasa's REST channel (`POST /webhooks/rest/webhook`), so that clients and
/// widgets written for it talk to this bot unchanged.
enum RasaWebhook {
  /// `{"sender": "…", "message": "…"}`.
  struct Request: Decodable {
    let sender: String
    let message: String
  }

  /// One bot message: `{"recipient_id": "…", "text": "…"}`, with Yes/No `buttons` when the
  /// bot waits for consent (as Rasa's own buttons, a title and the payload to send back).
  struct Message: Encodable {
    struct Button: Encodable {
      let title: String
      let payload: String
    }

    let recipientID: String
    let text: String
    let buttons: [Button]?

    enum CodingKeys: String, CodingKey {
      case recipientID = "recipient_id"
      case text, buttons
    }
  }
}
