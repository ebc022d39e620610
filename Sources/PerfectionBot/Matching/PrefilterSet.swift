/// Many patterns' prefilters, checked together in one pass per question.
///
/// The same answers as each `Prefilter.admits`, computed from the question's side: each key
/// the question holds marks the groups that list it, and a filter admits when every group of
/// one of its branches is marked. A question holds a few dozen keys where the filters list
/// thousands, so this reads far less than asking each filter in turn.
struct PrefilterSet: Sendable {
  /// For each `KeySet` slot, the groups that list it: `slotGroups[slotStarts[s]..<slotStarts[s + 1]]`.
  private let slotStarts: [Int32]
  private let slotGroups: [Int32]
  /// Each branch's groups are the ids `branchEnds[b - 1]..<branchEnds[b]` (from 0 for the
  /// first): groups are numbered in order, filter by filter, branch by branch.
  private let branchEnds: [Int32]
  /// Each filter's branches, `filterBranches[f]..<filterBranches[f + 1]`; a filter with none
  /// admits everything (it is marked in `admitsAll`).
  private let filterBranches: [Int32]
  private let admitsAll: [Bool]
  private let groupCount: Int

  /// Collects the filters, in order.
  init(_ filters: [Prefilter]) {
    var slotLists = [[Int32]](repeating: [], count: KeySet.slotCount)
    var branchEnds: [Int32] = []
    var filterBranches: [Int32] = [0]
    var admitsAll: [Bool] = []
    var group: Int32 = 0
    for filter in filters {
      let branches = filter.branchSlots
      admitsAll.append(branches == nil)
      for branch in branches ?? [] {
        for slots in branch {
          for slot in slots { slotLists[Int(slot)].append(group) }
          group += 1
        }
        branchEnds.append(group)
      }
      filterBranches.append(Int32(branchEnds.count))
    }
    var starts: [Int32] = [0]
    var groups: [Int32] = []
    for list in slotLists {
      groups += list
      starts.append(Int32(groups.count))
    }
    self.slotStarts = starts
    self.slotGroups = groups
    self.branchEnds = branchEnds
    self.filterBranches = filterBranches
    self.admitsAll = admitsAll
    self.groupCount = Int(group)
  }

  /// Whether each filter, by position, admits a question with these keys.
  func admitted(_ keys: borrowing QuestionKeys) -> [Bool] {
    guard keys.isFilterable else { return [Bool](repeating: true, count: admitsAll.count) }
    var marked = [Bool](repeating: false, count: groupCount)
    slotStarts.withUnsafeBufferPointer { starts in
      slotGroups.withUnsafeBufferPointer { groups in
        for slot in keys.slots {
          for index in Int(starts[Int(slot)])..<Int(starts[Int(slot) + 1]) {
            marked[Int(groups[index])] = true
          }
        }
      }
    }
    var result = admitsAll
    branchEnds.withUnsafeBufferPointer { ends in
      for filter in result.indices where !result[filter] {
        var branch = Int(filterBranches[filter])
        let last = Int(filterBranches[filter + 1])
        while branch < last {
          var group = branch == 0 ? 0 : Int(ends[branch - 1])
          let end = Int(ends[branch])
          while group < end, marked[group] { group += 1 }
          if group == end {
            result[filter] = true
            break
          }
          branch += 1
        }
      }
    }
    return result
  }
}
