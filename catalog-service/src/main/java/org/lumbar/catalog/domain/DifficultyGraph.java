package org.lumbar.catalog.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which exercise is harder than which, from the typed links of the whole catalog: an edge runs from an exercise to
 * one that is harder, whether the link was stated as "A harder B" on A or as "B easier A" on B. The graph must stay
 * free of cycles, otherwise an exercise would end up harder than itself.
 */
public final class DifficultyGraph {

    /** One step up in difficulty: {@code harder} is a progression of {@code easier}. */
    public record Edge(String easier, String harder) {

        public static Edge of(String fromSlug, String kind, String toSlug) {
            return ExerciseLink.HARDER.equals(kind) ? new Edge(fromSlug, toSlug) : new Edge(toSlug, fromSlug);
        }
    }

    private final Map<String, Set<String>> harder = new HashMap<>();
    private final Map<String, Set<String>> easier = new HashMap<>();

    public DifficultyGraph(Iterable<Edge> edges) {
        for (Edge edge : edges) {
            add(edge);
        }
    }

    public void add(Edge edge) {
        harder.computeIfAbsent(edge.easier(), s -> new TreeSet<>()).add(edge.harder());
        easier.computeIfAbsent(edge.harder(), s -> new TreeSet<>()).add(edge.easier());
    }

    /** Every exercise reachable by going harder from {@code slug}, with the fewest steps it takes. */
    public Map<String, Integer> harderThan(String slug) {
        return distances(slug, harder);
    }

    /** Every exercise reachable by going easier from {@code slug}, with the fewest steps it takes. */
    public Map<String, Integer> easierThan(String slug) {
        return distances(slug, easier);
    }

    /** The shortest way from {@code from} up to {@code to}, both included; empty when {@code to} is not harder. */
    public Optional<List<String>> pathUp(String from, String to) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            for (String next : harder.getOrDefault(current, Set.of())) {
                if (cameFrom.containsKey(next)) {
                    continue;
                }
                cameFrom.put(next, current);
                if (next.equals(to)) {
                    return Optional.of(unwind(cameFrom, from, to));
                }
                queue.addLast(next);
            }
        }
        return Optional.empty();
    }

    /** A cycle, as the exercises along it with the first repeated at the end; empty when there is none. */
    public Optional<List<String>> anyCycle() {
        Set<String> nodes = new TreeSet<>(harder.keySet());
        for (String node : nodes) {
            for (String next : harder.get(node)) {
                if (next.equals(node)) {
                    return Optional.of(List.of(node, node));
                }
                Optional<List<String>> back = pathUp(next, node);
                if (back.isPresent()) {
                    List<String> cycle = new ArrayList<>(List.of(node));
                    cycle.addAll(back.get());
                    return Optional.of(cycle);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Integer> distances(String start, Map<String, Set<String>> next) {
        Map<String, Integer> found = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Map<String, Integer> depth = new HashMap<>(Map.of(start, 0));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            for (String neighbour : next.getOrDefault(current, Set.of())) {
                if (!depth.containsKey(neighbour)) {
                    depth.put(neighbour, depth.get(current) + 1);
                    found.put(neighbour, depth.get(neighbour));
                    queue.addLast(neighbour);
                }
            }
        }
        return Collections.unmodifiableMap(found);
    }

    private static List<String> unwind(Map<String, String> cameFrom, String from, String to) {
        List<String> path = new ArrayList<>();
        for (String at = to; !at.equals(from); at = cameFrom.get(at)) {
            path.add(at);
        }
        path.add(from);
        Collections.reverse(path);
        return path;
    }
}
