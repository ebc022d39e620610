/// The smallest line diff between two short lists, as unified-diff body lines.
enum LineDiff {
  static func unified(expected: [String], actual: [String]) -> [String] {
    let rows = expected.count
    let columns = actual.count
    var table = [[Int]](repeating: [Int](repeating: 0, count: columns + 1), count: rows + 1)
    for row in stride(from: rows - 1, through: 0, by: -1) {
      for column in stride(from: columns - 1, through: 0, by: -1) {
        table[row][column] =
          expected[row] == actual[column]
          ? table[row + 1][column + 1] + 1
          : max(table[row + 1][column], table[row][column + 1])
      }
    }
    var output: [String] = []
    var row = 0
    var column = 0
    while row < rows || column < columns {
      if row < rows, column < columns, expected[row] == actual[column] {
        output.append(" " + expected[row])
        row += 1
        column += 1
      } else if row < rows, column == columns || table[row + 1][column] >= table[row][column + 1] {
        output.append("-" + expected[row])
        row += 1
      } else {
        output.append("+" + actual[column])
        column += 1
      }
    }
    return output
  }
}
