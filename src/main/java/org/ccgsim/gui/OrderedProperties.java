package org.ccgsim.gui;

import java.util.ArrayList;
import java.util.List;

import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * An object's getX/setX/domX properties in a chosen order. MASON lists properties in reflection
 * order, which the JVM does not fix; students should find the levers in the same place every time.
 * Properties not named in the order follow, in MASON's order.
 */
final class OrderedProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private final SimpleProperties inner;
    private final int[] map;

    OrderedProperties(Object object, String... order) {
        this.object = object;
        this.inner = new SimpleProperties(object);
        // the same scan without extensions gives the bare names (getFoo: Foo), whatever nameFoo() displays
        SimpleProperties bare = new SimpleProperties(object, true, false, false);
        List<Integer> indices = new ArrayList<>();
        for (String name : order) {
            for (int i = 0; i < bare.numProperties(); i++) {
                if (bare.getName(i).equals(name) && !indices.contains(i)) indices.add(i);
            }
        }
        for (int i = 0; i < inner.numProperties(); i++) if (!indices.contains(i)) indices.add(i);
        map = indices.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override public boolean isVolatile() { return inner.isVolatile(); }
    @Override public int numProperties() { return map.length; }
    @Override public Object getValue(int index) { return inner.getValue(map[index]); }
    @Override public Object getDomain(int index) { return inner.getDomain(map[index]); }
    @Override public String getDescription(int index) { return inner.getDescription(map[index]); }
    @Override public boolean isReadWrite(int index) { return inner.isReadWrite(map[index]); }
    @Override public boolean isHidden(int index) { return inner.isHidden(map[index]); }
    @Override public String getName(int index) { return inner.getName(map[index]); }
    @Override public Class getType(int index) { return inner.getType(map[index]); }
    @Override protected Object _setValue(int index, Object value) { return inner.setValue(map[index], value); }
}
